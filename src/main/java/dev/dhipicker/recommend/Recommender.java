package dev.dhipicker.recommend;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.VersionOrder;
import dev.dhipicker.catalog.HelmChart;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.catalog.ref.DistroFamily;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The recommendation engine: a pure function of the catalog, the workload profiles, the answers
 * and the clock. It never touches files, the network or a toolkit.
 */
public final class Recommender {

    /** A Docker Hub organisation name. */
    /** The longest image name a reference may have (distribution/reference). */
    private static final int MAX_NAME_LENGTH = 255;
    private static final Pattern ORG = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");

    private final CatalogQuery query;
    private final WorkloadProfiles profiles;
    private final Clock clock;

    public Recommender(Catalog catalog, WorkloadProfiles profiles, Clock clock) {
        this.query = new CatalogQuery(catalog);
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The catalog the engine reads. */
    public Catalog catalog() {
        return query.catalog();
    }

    /** The workload profiles. */
    public WorkloadProfiles profiles() {
        return profiles;
    }

    /** Today, by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A version line that a workload can be recommended at, with its end of life (null when unknown). */
    public record VersionLine(String line, LocalDate eol, boolean endOfLife) {
    }

    /**
     * The version lines of a workload, newest first, as offered by the version chooser.
     *
     * @throws InvalidAnswerException for an unknown workload
     */
    public List<VersionLine> versions(String workload) throws InvalidAnswerException {
        Target t = target(workload);
        List<ImageDefinition> defs = versionDefs(t);
        List<VersionLine> out = new ArrayList<>();
        for (String line : query.lines(defs)) {
            LocalDate eol = eolOf(query.ofLine(defs, line, null));
            out.add(new VersionLine(line, eol, eol != null && !eol.isAfter(today())));
        }
        return out;
    }

    /** True when the workload's runtime repository has a {@code -compat} variant. */
    public boolean hasCompat(String workload) throws InvalidAnswerException {
        Target t = target(workload);
        return !query.defs(t.runtimeRepo(), CatalogQuery.Kind.RUNTIME, List.of("compat")).isEmpty();
    }

    /** The DHI chart that deploys the workload's runtime repository, if any. */
    public Optional<HelmChart> dhiChart(String workload) throws InvalidAnswerException {
        return chartFor(target(workload).runtimeRepo());
    }

    /** True when compliance.json documents FIPS tags for the workload's runtime repository. */
    public boolean fipsDocumented(String workload) throws InvalidAnswerException {
        return catalog().compliance().fipsDocumented(target(workload).runtimeRepo());
    }

    Optional<HelmChart> chartFor(String repo) {
        HelmChart own = catalog().charts().get(repo);
        if (own != null && catalog().chartsPinning(repo).contains(own)) {
            return Optional.of(own);
        }
        List<HelmChart> pinning = catalog().chartsPinning(repo);
        return pinning.isEmpty() ? Optional.empty() : Optional.of(pinning.get(0));
    }

    /**
     * Recommends images for the answers. Valid answers always give a recommendation: when a
     * hard requirement cannot be met it has no runtime and says why in {@code unmet}.
     *
     * @throws InvalidAnswerException for an unknown workload or a version the workload does not have
     */
    public Recommendation recommend(Answers answers) throws InvalidAnswerException {
        Target t = target(answers.workload());
        if (answers.org() != null && !ORG.matcher(answers.org()).matches()) {
            throw new InvalidAnswerException("org", "answer.error.org", "'" + answers.org()
                    + "' is not a Docker Hub organisation name (lower-case letters, digits, '.', '_' or '-')", answers.org());
        }
        if (answers.org() != null) {
            // <org>/dhi-<repository> must stay within the 255 characters of an image name.
            int longest = Math.max(t.runtimeRepo().length(), t.buildRepo() == null ? 0 : t.buildRepo().length());
            int length = answers.org().length() + "/dhi-".length() + longest;
            if (length > MAX_NAME_LENGTH) {
                String shown = answers.org().length() > 24 ? answers.org().substring(0, 24) + "…" : answers.org();
                throw new InvalidAnswerException("org", "answer.error.orgLength", "'" + shown + "' is too long: the image name would have "
                        + length + " characters, more than the " + MAX_NAME_LENGTH + " an image reference allows",
                        shown, String.valueOf(length), String.valueOf(MAX_NAME_LENGTH));
            }
        }
        if (answers.version() != null) {
            List<ImageDefinition> defs = versionDefs(t);
            if (matchingLines(defs, answers.version()).isEmpty()) {
                String available = String.join(", ", query.lines(defs));
                throw new InvalidAnswerException("version", "answer.error.version", "'" + answers.workload()
                        + "' has no version '" + answers.version() + "'; available: " + available,
                        answers.workload(), answers.version(), available);
            }
        }
        return new RecommendationRun(this, query, t, answers).run();
    }

    /** The repositories a workload maps to. */
    record Target(WorkloadProfile profile, String runtimeRepo, String buildRepo, String versionRepo) {
        boolean application() {
            return profile == null;
        }
    }

    Target target(String workload) throws InvalidAnswerException {
        if (workload == null || workload.isBlank()) {
            throw new InvalidAnswerException("workload", "answer.error.noWorkload", "no workload given");
        }
        Optional<WorkloadProfile> p = profiles.byId(workload);
        if (p.isPresent()) {
            WorkloadProfile w = p.get();
            return new Target(w, w.runtimeRepository(), w.buildRepository(),
                    w.versionFromBuild() ? w.buildRepository() : w.runtimeRepository());
        }
        if (catalog().repository(workload).isPresent()) {
            if (query.defs(workload, CatalogQuery.Kind.RUNTIME, List.of()).isEmpty()
                    && query.defs(workload, CatalogQuery.Kind.RUNTIME, List.of("compat")).isEmpty()) {
                throw new InvalidAnswerException("workload", "answer.error.noRuntime",
                        "'" + workload + "' has no runtime image in the catalog", workload);
            }
            return new Target(null, workload, null, workload);
        }
        List<String> ids = profiles.all().stream().map(WorkloadProfile::id).toList();
        throw new InvalidAnswerException("workload", "answer.error.workload", "'" + workload
                + "' is not a workload profile (" + String.join(", ", ids) + ") or a catalog repository",
                workload, String.join(", ", ids));
    }

    /** Definitions whose lines the version answer chooses among. */
    List<ImageDefinition> versionDefs(Target t) {
        if (t.profile() != null && t.profile().versionFromBuild()) {
            return query.defs(t.versionRepo(), CatalogQuery.Kind.DEV, List.of());
        }
        String flavor = t.profile() == null ? null : t.profile().runtimeFlavor();
        List<ImageDefinition> defs = query.defs(t.versionRepo(), CatalogQuery.Kind.RUNTIME,
                flavor == null ? List.of() : List.of(flavor));
        if (defs.isEmpty()) {
            defs = query.defs(t.versionRepo(), CatalogQuery.Kind.RUNTIME, List.of("compat"));
        }
        return defs;
    }

    /** Lines matching a version answer: the line itself, a prefix of it, or one of its versions. */
    List<String> matchingLines(List<ImageDefinition> defs, String version) {
        List<String> out = new ArrayList<>();
        for (String line : query.lines(defs)) {
            boolean match = line.equals(version) || line.startsWith(version + ".");
            if (!match) {
                for (ImageDefinition d : query.ofLine(defs, line, null)) {
                    if (d.version().equals(version) || d.version().startsWith(version + ".")) {
                        match = true;
                        break;
                    }
                }
            }
            if (match) {
                out.add(line);
            }
        }
        return out;
    }

    /** The latest end-of-life date among definitions, or null when none gives one. */
    static LocalDate eolOf(List<ImageDefinition> defs) {
        LocalDate eol = null;
        for (ImageDefinition d : defs) {
            if (d.endOfLife() != null && (eol == null || d.endOfLife().isAfter(eol))) {
                eol = d.endOfLife();
            }
        }
        return eol;
    }

    static int compareLines(String a, String b) {
        return VersionOrder.compare(a, b);
    }

    static DistroFamily other(DistroFamily f) {
        return f == DistroFamily.DEBIAN ? DistroFamily.ALPINE : DistroFamily.DEBIAN;
    }
}
