package dev.dhipicker.recommend;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.HelmChart;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.Repository;
import dev.dhipicker.catalog.VersionOrder;
import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.recommend.Recommendation.WorkloadKind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The recommendation engine: a pure function of the catalog, the workload profiles, the answers
 * and the clock. It never touches files, the network or a toolkit.
 */
public final class Recommender {

    /** The longest image name a reference may have (distribution/reference). */
    private static final int MAX_NAME_LENGTH = 255;
    /** A Docker Hub organisation name. */
    private static final Pattern ORG = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    /** The catalog category of language and framework images. */
    static final String LANGUAGES = "languages-and-frameworks";

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
     * The version lines of a workload with its default flavor, newest first, as offered by the
     * version chooser. The end of life is that of the line's image on the newest Debian release
     * (or, without Debian, the newest Alpine release): the image a default answer picks.
     *
     * @throws InvalidAnswerException for an unknown workload
     */
    public List<VersionLine> versions(String workload) throws InvalidAnswerException {
        return versions(workload, null);
    }

    /**
     * The version lines of a workload with the given flavor (null for the default), newest first.
     *
     * @throws InvalidAnswerException for an unknown workload or flavor
     */
    public List<VersionLine> versions(String workload, String flavor) throws InvalidAnswerException {
        Target t = target(workload, flavor);
        List<ImageDefinition> defs = versionDefs(t);
        List<VersionLine> out = new ArrayList<>();
        for (String line : query.lines(defs)) {
            LocalDate eol = lineEol(defs, line, DistroFamily.DEBIAN);
            out.add(new VersionLine(line, eol, eol != null && !eol.isAfter(today())));
        }
        return out;
    }

    /**
     * The runtime flavors a workload offers ({@code pg18}; {@code php8.3-fpm}, {@code php8.5-fpm}),
     * newest first; empty when its runtime images come without flavors.
     *
     * @throws InvalidAnswerException for an unknown workload
     */
    public List<String> flavors(String workload) throws InvalidAnswerException {
        return flavorChoices(target(workload, null));
    }

    /** True when the workload's runtime repository has a {@code -compat} variant. */
    public boolean hasCompat(String workload) throws InvalidAnswerException {
        Target t = target(workload, null);
        return !query.defs(t.runtimeRepo(), CatalogQuery.Kind.RUNTIME, List.of("compat")).isEmpty();
    }

    /** The DHI chart that belongs to the workload's runtime repository, if any. */
    public Optional<HelmChart> dhiChart(String workload) throws InvalidAnswerException {
        return catalog().ownChart(target(workload, null).runtimeRepo());
    }

    /** True when compliance.json documents FIPS tags for the workload's runtime repository. */
    public boolean fipsDocumented(String workload) throws InvalidAnswerException {
        return catalog().compliance().fipsDocumented(target(workload, null).runtimeRepo());
    }

    /**
     * Recommends images for the answers. Valid answers always give a recommendation: when a
     * hard requirement cannot be met it has no runtime and says why in {@code unmet}.
     *
     * @throws InvalidAnswerException for an unknown workload, flavor or organisation, or a version the workload does not have
     */
    public Recommendation recommend(Answers answers) throws InvalidAnswerException {
        Target t = target(answers.workload(), answers.flavor());
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
        return new RecommendationRun(query, t, answers, today()).run();
    }

    /**
     * Recommends a repository's own images, as a migration needs them to replace an upstream image
     * like for like: the repository's runtime image (with the answer's flavor, which may be any
     * runtime flavor of the repository, such as {@code fpm}) and, as its build partner, the
     * repository's own build image of the same line and distro release, of the kind asked for or
     * the next kind it has ({@link OwnBuildImage}); no build image when it has none. The repository is
     * never mapped to a workload profile, so {@code dotnet} gives the .NET runtime, not ASP.NET Core.
     * Among images of one release that differ only by C library, the one the libc answer names
     * comes first, else the plainest ({@code static}, not {@code static-glibc}). A repository of
     * build images only ({@code miniconda3}) gets its dev image as both.
     *
     * @param answers the answers; the workload is a repository name
     * @throws InvalidAnswerException for an unknown repository, one without runtime images, an
     *                                unknown flavor or a version the repository does not have
     */
    public Recommendation recommendRepository(Answers answers, OwnBuildImage build) throws InvalidAnswerException {
        Target t = new OwnTargets(query, this).target(answers.workload(), answers.flavor(), build);
        if (answers.version() != null && matchingLines(versionDefs(t), answers.version()).isEmpty()) {
            String available = String.join(", ", query.lines(versionDefs(t)));
            throw new InvalidAnswerException("version", "answer.error.version", "'" + answers.workload()
                    + "' has no version '" + answers.version() + "'; available: " + available,
                    answers.workload(), answers.version(), available);
        }
        return new RecommendationRun(query, t, answers, today()).run();
    }

    /**
     * The version lines of a repository's own runtime images with the flavor (null for the standard
     * ones), newest first, as {@link #recommendRepository} chooses among them.
     *
     * @throws InvalidAnswerException for an unknown repository or flavor, or one without runtime images
     */
    public List<VersionLine> repositoryVersions(String repository, String flavor) throws InvalidAnswerException {
        Target t = new OwnTargets(query, this).target(repository, flavor, OwnBuildImage.DEV);
        List<ImageDefinition> defs = versionDefs(t);
        List<VersionLine> out = new ArrayList<>();
        for (String line : query.lines(defs)) {
            LocalDate eol = lineEol(defs, line, DistroFamily.DEBIAN);
            out.add(new VersionLine(line, eol, eol != null && !eol.isAfter(today())));
        }
        return out;
    }

    /** The runtime flavors of a repository, as flavor lists ({@code []} for the standard images). */
    public Set<List<String>> repositoryFlavors(String repository) {
        return runtimeFlavorSets(repository);
    }

    Target target(String workload, String flavor) throws InvalidAnswerException {
        if (workload == null || workload.isBlank()) {
            throw new InvalidAnswerException("workload", "answer.error.noWorkload", "no workload given");
        }
        Optional<WorkloadProfile> p = profiles.byId(workload);
        if (p.isPresent()) {
            return withFlavor(profileTarget(p.get(), null), flavor);
        }
        Optional<Repository> repo = catalog().repository(workload);
        if (repo.isEmpty()) {
            List<String> ids = profiles.all().stream().map(WorkloadProfile::id).toList();
            throw new InvalidAnswerException("workload", "answer.error.workload", "'" + workload
                    + "' is not a workload profile (" + String.join(", ", ids) + ") or a catalog repository",
                    workload, String.join(", ", ids));
        }
        boolean language = repo.get().categories().contains(LANGUAGES);
        if (language) {
            Optional<WorkloadProfile> owner = profileUsing(workload);
            if (owner.isPresent()) {
                return withFlavor(profileTarget(owner.get(), workload), flavor);
            }
        }
        boolean hasRuntime = !runtimeFlavorSets(workload).isEmpty();
        if (!hasRuntime) {
            throw new InvalidAnswerException("workload", "answer.error.noRuntime",
                    "'" + workload + "' publishes only build (-dev) images, no runtime image", workload);
        }
        boolean hasDev = !query.defsOfVariantAnyFlavor(workload, CatalogQuery.Kind.DEV).isEmpty();
        WorkloadKind kind = language && hasDev ? WorkloadKind.FRAMEWORK : WorkloadKind.APPLICATION;
        Target t = new Target(kind, null, workload, kind == WorkloadKind.FRAMEWORK ? workload : null, workload,
                List.of(), null);
        return withFlavor(t, flavor);
    }

    private static Target profileTarget(WorkloadProfile w, String mappedFrom) {
        List<String> flavors = w.runtimeFlavor() == null ? List.of() : List.of(w.runtimeFlavor());
        return new Target(WorkloadKind.PROFILE, w, w.runtimeRepository(), w.buildRepository(),
                w.versionFromBuild() ? w.buildRepository() : w.runtimeRepository(), flavors, mappedFrom);
    }

    /** The first profile whose build or runtime repository is this language repository. */
    private Optional<WorkloadProfile> profileUsing(String repo) {
        for (WorkloadProfile w : profiles.all()) {
            if (w.runtimeRepository().equals(repo) || w.buildRepository().equals(repo)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** Applies a flavor answer (or the default flavor when the repository has no standard runtime). */
    private Target withFlavor(Target t, String flavor) throws InvalidAnswerException {
        List<String> choices = flavorChoices(t);
        if (flavor == null) {
            if (choices.isEmpty() || t.kind() == WorkloadKind.PROFILE) {
                return t;
            }
            return new Target(t.kind(), t.profile(), t.runtimeRepo(), t.buildRepo(), t.versionRepo(),
                    List.of(choices.get(0)), t.mappedFrom(), t.ownBuild());
        }
        if (!choices.contains(flavor)) {
            String available = choices.isEmpty() ? "-" : String.join(", ", choices);
            throw new InvalidAnswerException("flavor", "answer.error.flavor", "'" + t.runtimeRepo()
                    + "' has no runtime flavor '" + flavor + "'; available: " + available,
                    t.runtimeRepo(), flavor, available);
        }
        return new Target(t.kind(), t.profile(), t.runtimeRepo(), t.buildRepo(), t.versionRepo(), List.of(flavor),
                t.mappedFrom(), t.ownBuild());
    }

    /**
     * The flavor choices of a target: none when its runtime repository has standard runtime images
     * (flavors such as {@code compat} are then answers of their own), else every runtime flavor,
     * newest first (flavors that carry a version, such as {@code php8.5-fpm}, by that version).
     */
    List<String> flavorChoices(Target t) {
        if (t.kind() == WorkloadKind.PROFILE) {
            return List.of();
        }
        Set<List<String>> sets = runtimeFlavorSets(t.runtimeRepo());
        if (sets.contains(List.<String>of())) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (List<String> s : sets) {
            if (s.size() == 1 && !s.get(0).equals("compat")) {
                out.add(s.get(0));
            }
        }
        out.sort((a, b) -> {
            boolean va = hasDigit(a);
            boolean vb = hasDigit(b);
            if (va != vb) {
                return va ? -1 : 1;
            }
            return va ? VersionOrder.compare(versionPart(b), versionPart(a)) : a.compareTo(b);
        });
        return out;
    }

    Set<List<String>> runtimeFlavorSets(String repo) {
        Set<List<String>> sets = new LinkedHashSet<>();
        for (ImageDefinition d : query.defsOfVariantAnyFlavor(repo, CatalogQuery.Kind.RUNTIME)) {
            sets.add(d.flavors());
        }
        return sets;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The version written in a flavor ({@code php8.5-fpm} gives {@code 8.5}). */
    private static String versionPart(String flavor) {
        int start = 0;
        while (start < flavor.length() && !Character.isDigit(flavor.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < flavor.length() && (Character.isDigit(flavor.charAt(end)) || flavor.charAt(end) == '.')) {
            end++;
        }
        return flavor.substring(start, end);
    }

    List<ImageDefinition> versionDefs(Target t) {
        return LinePicker.versionDefs(query, t);
    }

    List<String> matchingLines(List<ImageDefinition> defs, String version) {
        return LinePicker.matchingLines(query, defs, version);
    }

    /**
     * The end of life of a line: that of its image on the newest release of the family, or of
     * the other family when the line has none there; null when the catalog gives none.
     */
    LocalDate lineEol(List<ImageDefinition> defs, String line, DistroFamily family) {
        List<ImageDefinition> there = query.ofLine(defs, line, family);
        if (there.isEmpty()) {
            there = query.ofLine(defs, line, null);
        }
        return there.isEmpty() ? null : there.get(0).endOfLife();
    }

    static DistroFamily other(DistroFamily f) {
        return f == DistroFamily.DEBIAN ? DistroFamily.ALPINE : DistroFamily.DEBIAN;
    }
}
