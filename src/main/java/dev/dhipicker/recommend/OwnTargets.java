package dev.dhipicker.recommend;

import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.recommend.Recommendation.WorkloadKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The target of a repository asked for as itself ({@link Recommender#recommendRepository}): its
 * own runtime images with the flavor asked for, and its own build images, never a profile's.
 */
final class OwnTargets {
    private final CatalogQuery query;
    private final Recommender engine;

    OwnTargets(CatalogQuery query, Recommender engine) {
        this.query = query;
        this.engine = engine;
    }

    Target target(String repo, String flavor, OwnBuildImage build) throws InvalidAnswerException {
        if (repo == null || query.catalog().repository(repo).isEmpty()) {
            List<String> ids = engine.profiles().all().stream().map(WorkloadProfile::id).toList();
            throw new InvalidAnswerException("workload", "answer.error.workload", "'" + repo
                    + "' is not a workload profile (" + String.join(", ", ids) + ") or a catalog repository",
                    String.valueOf(repo), String.join(", ", ids));
        }
        Set<List<String>> sets = engine.runtimeFlavorSets(repo);
        if (sets.isEmpty() && !query.defs(repo, CatalogQuery.Kind.DEV, List.of()).isEmpty() && flavor == null) {
            // a repository of build images only (miniconda3): its dev image stands for the runtime too
            return new Target(WorkloadKind.FRAMEWORK, null, repo, repo, repo, List.of(), null, build);
        }
        if (sets.isEmpty()) {
            throw new InvalidAnswerException("workload", "answer.error.noRuntime",
                    "'" + repo + "' publishes only build (-dev) images, no runtime image", repo);
        }
        List<String> flavors = List.of();
        if (flavor != null) {
            if (!sets.contains(List.of(flavor))) {
                List<String> names = new ArrayList<>();
                sets.forEach(f -> names.add(f.isEmpty() ? "-" : String.join("-", f)));
                String available = String.join(", ", names);
                throw new InvalidAnswerException("flavor", "answer.error.flavor", "'" + repo
                        + "' has no runtime flavor '" + flavor + "'; available: " + available, repo, flavor, available);
            }
            flavors = List.of(flavor);
        }
        boolean hasBuild = !query.defsOfVariantAnyFlavor(repo, CatalogQuery.Kind.DEV).isEmpty()
                || !query.defsOfVariantAnyFlavor(repo, CatalogQuery.Kind.SDK).isEmpty();
        WorkloadKind kind = hasBuild ? WorkloadKind.FRAMEWORK : WorkloadKind.APPLICATION;
        Target t = new Target(kind, null, repo, hasBuild ? repo : null, repo, flavors, null, build);
        if (flavor == null && !sets.contains(List.<String>of())) {
            List<String> choices = engine.flavorChoices(t);
            if (!choices.isEmpty()) {
                t = new Target(kind, null, repo, t.buildRepo(), repo, List.of(choices.get(0)), null, build);
            }
        }
        return t;
    }
}
