package dev.dhipicker.recommend;

import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.recommend.OracleCatalog.Def;
import dev.dhipicker.recommend.Recommendation.Alternative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * For each negative or comparative sentence of a recommendation ("has none", "no ... image",
 * "only on", "newest", "newer", "older", "you chose", "you put ... first"), searches the oracle's
 * own reading of the definitions ({@link OracleCatalog}) for an image that would make it false,
 * and checks every sentence that cites an answer against that answer ({@link AnswerCitations}). It
 * pairs images by its own reading of the evidence ({@link OraclePairing}: the PHP a Composer image
 * carries, the JDK word of a Maven tag, the release folder), never through the engine's catalog
 * model or query code.
 */
final class CounterExampleOracle {
    private final OracleCatalog cat;
    private final LocalDate today;

    CounterExampleOracle(OracleCatalog cat, LocalDate today) {
        this.cat = cat;
        this.today = today;
    }

    /** The counter-examples of one recommendation, each one line naming the sentence and the image. */
    List<String> check(Answers a, Recommendation r) {
        return new Run(a, r).run();
    }

    private final class Run {
        private final Answers a;
        private final Recommendation r;
        private final List<String> out = new ArrayList<>();
        private final WorkloadProfile p;
        private final String runtimeRepo;
        private final Def rt;
        private final Def build;
        private final OraclePairing pairing;

        Run(Answers a, Recommendation r) {
            this.a = a;
            this.r = r;
            this.p = r.profile();
            this.runtimeRepo = p != null ? p.runtimeRepository() : a.workload();
            this.rt = r.runtime() == null ? null : def(r.runtime().reference());
            this.build = r.build() == null ? null : def(r.build().reference());
            this.pairing = new OraclePairing(cat, r);
        }

        private Def def(String reference) {
            String ref = reference.replaceFirst("@.*", "");
            String name = ref.substring(0, ref.lastIndexOf(':'));
            String repo = name.substring(name.lastIndexOf('/') + 1).replaceFirst("^dhi-", "");
            String tag = ref.substring(ref.lastIndexOf(':') + 1).replace("-fips", "");
            return cat.byTag.get(repo + ":" + tag);
        }

        private void counter(String sentence, String why) {
            out.add(sentence + ": " + why);
        }

        List<String> run() {
            List<Message> all = new ArrayList<>();
            r.explanations().forEach(e -> all.add(e.message()));
            r.unmet().forEach(u -> all.add(u.message()));
            all.addAll(r.warnings());
            r.alternatives().forEach(alt -> all.add(alt.whyNot()));
            for (Message m : all) {
                m.params().forEach((k, v) -> {
                    if (v == null || v.isBlank() || v.equals("null")) {
                        counter(m.key(), "names an empty " + k);
                    }
                });
            }
            out.addAll(AnswerCitations.check(a, r));
            if (rt != null) {
                sentences();
                alternatives();
            }
            for (var u : r.unmet()) {
                unmet(u.message());
            }
            for (Message m : r.warnings()) {
                warning(m);
            }
            return out;
        }

        // ---- what "fits these answers" means, read from the raw definitions ----

        /** Runtime definitions of the workload's kind: same repository, variant and flavor field as the pick. */
        private List<Def> versionDefs() {
            if (versionDefs == null) {
                versionDefs = readVersionDefs();
            }
            return versionDefs;
        }

        private List<Def> versionDefs;

        private List<Def> readVersionDefs() {
            String repo = r.facts().line() != null ? r.facts().line().repository() : runtimeRepo;
            if (p != null && p.versionFromBuild()) {
                return cat.defs(repo).stream().filter(d -> d.variant().equals("dev") && d.flavor().isEmpty()).toList();
            }
            List<String> flavor = rt != null && rt.repo().equals(repo) ? rt.flavor()
                    : r.facts().flavor() == null ? List.of() : List.of(r.facts().flavor());
            List<String> nonCompat = flavor.stream().filter(f -> !f.equals("compat")).toList();
            return cat.defs(repo).stream().filter(d -> d.runtimeKind()
                    && d.flavor().stream().filter(f -> !f.equals("compat")).toList().equals(nonCompat)).toList();
        }

        private boolean pairable(Def v) {
            return pairing.pairable(v);
        }

        private String lineOf(Def v) {
            return pairing.lineOf(v);
        }

        private static boolean sameLine(String x, String y) {
            return OraclePairing.sameLine(x, y);
        }

        private static boolean sameRelease(Def x, Def y) {
            return OraclePairing.sameRelease(x, y);
        }

        private boolean fitsHelm(Def v) {
            if (r.runtime() != null && rt != null && rt.flavorField().contains("compat")) {
                return v.flavorField().contains("compat");
            }
            return !v.flavorField().contains("compat");
        }

        private Optional<Def> find(Predicate<Def> what) {
            return versionDefs().stream().filter(what).findFirst();
        }

        private String name(Def d) {
            return d.repo() + "/" + d.file();
        }

        // ---- negative and comparative explanations ----

        private void sentences() {
            String family = rt.family();
            for (var e : r.explanations()) {
                Message m = e.message();
                Map<String, String> q = m.params();
                switch (m.key()) {
                    case "version.newestWithBuild" -> {
                        String newer = q.get("newer");
                        find(d -> d.family().equals(family) && d.inLine(newer) && fitsHelm(d) && pairable(d))
                                .ifPresent(d -> counter(m.key(), "says " + newer + " has no matching build image, but "
                                        + name(d) + " pairs with one on its release"));
                        newerSupportedPaired(m.key(), family);
                    }
                    case "version.newestOnDistro" -> {
                        String newer = q.get("newer");
                        find(d -> d.family().equals(family) && d.inLine(newer))
                                .ifPresent(d -> counter(m.key(), "says " + newer + " exists only on the other distro, but "
                                        + name(d) + " is on " + family));
                        newerSupportedPaired(m.key(), family);
                    }
                    case "version.newest" -> newerSupportedPaired(m.key(), null);
                    case "version.allEnded.flavor" -> find(d -> d.supportedOn(today)).ifPresent(d -> counter(m.key(),
                            "says every line of the flavor has ended, but " + name(d) + " has not"));
                    case "version.allEnded" -> cat.defs(q.get("repo")).stream() // every line of the repository, any flavour
                            .filter(d -> d.runtimeKind() == rt.runtimeKind() && d.supportedOn(today)).findFirst()
                            .ifPresent(d -> counter(m.key(), "says every line has ended, but " + name(d) + " has not"));
                    case "version.newestPaired" -> find(d -> d.supportedOn(today) && fitsHelm(d) && pairable(d)
                            && fitsVersion(d)).ifPresent(d -> counter(m.key(),
                            "says no supported line fits, but " + name(d) + " does"));
                    case "distro.fallback" -> {
                        String wanted = q.get("wanted").toLowerCase(java.util.Locale.ROOT);
                        find(d -> d.family().equals(wanted) && fitsVersion(d) && fitsHelm(d) && pairable(d))
                                .ifPresent(d -> counter(m.key(), "says " + q.get("repo") + " has no " + q.get("wanted")
                                        + " image that fits, but " + name(d) + " does"));
                    }
                    case "eol.unknown" -> find(d -> d.inLine(q.get("version")) && d.eol() != null
                            && sameRelease(d, rt)).ifPresent(d -> counter(m.key(), "says no end-of-life date for "
                            + q.get("version") + ", but " + name(d) + " gives " + d.eol()));
                    case "profile.php.composer" -> {
                        String php = build == null ? null : OraclePairing.phpOf(build);
                        if (php == null || !php.equals(r.facts().line().line())) {
                            counter(m.key(), "says the Composer image is built for the same PHP version, but "
                                    + (build == null ? "there is none" : name(build) + " carries PHP " + php)
                                    + " and the runtime is " + r.facts().line().line());
                        }
                    }
                    case "profile.java.jre", "profile.gradle.jre" -> {
                        String major = rt.version().split("\\.")[0];
                        if (build == null || !build.words().contains("jdk" + major)) {
                            counter(m.key(), "says the build has the JRE's Java version " + major + ", but "
                                    + (build == null ? "there is none" : name(build) + " has " + build.words()));
                        }
                    }
                    case "distro.fips" -> fipsOnOtherFamily(m.key(), q.get("repo"), q.get("distro"));
                    case "flavor.default" -> newerFlavor(q.get("repo"), q.get("flavor")).ifPresent(f -> counter(m.key(),
                            "says " + q.get("flavor") + " is the newest flavour, but " + f + " is newer"));
                    case "flavor.defaultBuild" -> {
                        boolean defaultBuild = cat.defs(q.get("repo")).stream().anyMatch(d -> d.runtimeKind()
                                && d.flavor().equals(List.of(q.get("flavor")))
                                && d.tags().stream().noneMatch(t -> t.contains(q.get("flavor"))));
                        if (!defaultBuild) {
                            counter(m.key(), "says " + q.get("flavor") + " is the default build's flavour, but every "
                                    + "image of it names it in its tags");
                        }
                    }
                    case "variant.runtime" -> {
                        if (rt.shell() || rt.packageManager()) {
                            counter(m.key(), "says the runtime image has no shell and no package manager, but "
                                    + name(rt) + " has " + (rt.shell() ? "a shell" : "a package manager"));
                        }
                    }
                    case "variant.runtimeShell" -> {
                        if (!rt.shell() || rt.packageManager()) {
                            counter(m.key(), "says the runtime image has a shell (and no package manager): " + name(rt));
                        }
                    }
                    case "variant.runtimePm" -> {
                        if (rt.shell() || !rt.packageManager()) {
                            counter(m.key(), "says the runtime image has a package manager (and no shell): " + name(rt));
                        }
                    }
                    case "variant.runtimeShellPm" -> {
                        if (!rt.shell() || !rt.packageManager()) {
                            counter(m.key(), "says the runtime image has a shell and a package manager: " + name(rt));
                        }
                    }
                    case "variant.dev", "variant.devUser" -> {
                        if (build != null && (!build.shell() || !build.packageManager())) {
                            counter(m.key(), "says the build image has a shell and a package manager: " + name(build));
                        }
                    }
                    case "variant.devNoPm" -> {
                        if (build != null && (!build.shell() || build.packageManager())) {
                            counter(m.key(), "says the build image has a shell and no package manager: " + name(build));
                        }
                    }
                    case "profile.java.temurinBuild" -> cat.defs(p.buildRepository()).stream()
                            .filter(d -> d.words().contains("jdk" + rt.version().split("\\.")[0])).findFirst()
                            .ifPresent(d -> counter(m.key(), "says no build-tool image has this JDK, but " + name(d)
                                    + " is one"));
                    case "framework.pair" -> {
                        if (build == null || !sameRelease(build, rt) || !sameLine(build.version(), rt.version())) {
                            counter(m.key(), "says build and runtime share line and release: "
                                    + (build == null ? "no build" : name(build)) + " / " + name(rt));
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        /** A version answer that names a line admits only definitions of that line. */
        private boolean fitsVersion(Def d) {
            return a.version() == null || d.inLine(a.version());
        }

        /** "Newest": no newer, supported line of the same kind that pairs, on the family (or anywhere). */
        private void newerSupportedPaired(String key, String family) {
            if (r.helmChart() != null || a.version() != null) {
                return;
            }
            String picked = r.facts().line().version();
            find(d -> (family == null || d.family().equals(family)) && d.supportedOn(today) && fitsHelm(d)
                    && d.version() != null && newerLine(d.version(), picked) && pairable(d) && libcFits(d))
                    .ifPresent(d -> counter(key, "picks " + r.facts().line().line() + ", but " + name(d) + " ("
                            + d.version() + ") is a newer supported line that fits"));
        }

        /** Same libc as the pick (static images differ by libc only). */
        private boolean libcFits(Def d) {
            return !d.repo().equals("static") || d.words().equals(rt.words());
        }

        private boolean newerLine(String candidate, String picked) {
            if (candidate == null || picked == null || !candidate.matches("\\d.*") || !picked.matches("\\d.*")) {
                return false; // names such as trixie are not ordered against numbers
            }
            String[] c = candidate.split("\\.");
            String[] pk = picked.split("\\.");
            int n = Math.min(r.facts().line().line().split("\\.").length, Math.min(c.length, pk.length));
            for (int i = 0; i < n; i++) {
                int x = compare(c[i], pk[i]);
                if (x != 0) {
                    return x > 0;
                }
            }
            return false;
        }

        private int compare(String x, String y) {
            if (x.matches("\\d{1,9}") && y.matches("\\d{1,9}")) {
                return Integer.compare(Integer.parseInt(x), Integer.parseInt(y));
            }
            return x.compareTo(y);
        }

        // ---- unmet answers and warnings ----

        private void unmet(Message m) {
            Map<String, String> q = m.params();
            switch (m.key()) {
                case "unmet.version.unavailable" -> {
                    if (rt != null) {
                        counter(m.key(), "says no image fits, but " + name(rt) + " is recommended");
                    }
                    find(d -> d.inLine(q.get("version")) && pairable(d))
                            .ifPresent(d -> counter(m.key(), "says no image of " + q.get("version") + " fits, on "
                                    + q.get("distro") + " or the other distro, but " + name(d) + " does"));
                }
                case "unmet.libc.noDebian" -> find(d -> d.family().equals("debian")
                        && d.inLine(r.facts().line().line())).ifPresent(d -> counter(m.key(),
                        "says there is no Debian image of this version, but " + name(d) + " is one"));
                case "unmet.helm.noCompat" -> {
                    String line = rt == null ? null : r.facts().line().line();
                    cat.defs(runtimeRepo).stream().filter(d -> d.flavorField().contains("compat") && line != null
                            && d.inLine(line)).findFirst().ifPresent(d -> counter(m.key(),
                            "says there is no -compat variant for this version, but " + name(d) + " is one"));
                }
                case "unmet.fips" -> fips(q.get("repo")).stream().findFirst().ifPresent(t -> counter(m.key(),
                        "says no guide documents FIPS tags for " + q.get("repo") + ", but its guide writes " + t));
                case "unmet.fips.family" -> fipsOnOtherFamily(m.key(), q.get("repo"), q.get("distro"));
                case "unmet.helm.noChart" -> ownChart(q.get("repo")).ifPresent(c -> counter(m.key(),
                        "says there is no DHI chart for " + q.get("repo") + ", but chart/" + c + " pins it"));
                case "unmet.libc.chart" -> {
                    if (rt != null && !q.get("distro").toLowerCase(java.util.Locale.ROOT).startsWith(rt.family())) {
                        counter(m.key(), "says the chart pins a " + q.get("distro") + " image, but it pins " + name(rt));
                    }
                }
                case "unmet.libc.compatOther" -> {
                    String only = q.get("distro").toLowerCase(java.util.Locale.ROOT);
                    String line = r.facts().line().line();
                    cat.defs(runtimeRepo).stream().filter(d -> d.flavorField().contains("compat") && d.inLine(line)
                            && !d.family().equals(only) && pairable(d)).findFirst().ifPresent(d -> counter(m.key(),
                            "says the -compat variant exists only on " + q.get("distro") + ", but " + name(d) + " pairs"));
                }
                default -> {
                }
            }
        }

        private void warning(Message m) {
            Map<String, String> q = m.params();
            switch (m.key()) {
                case "warn.inferred" -> {
                    String ref = q.get("reference").replaceFirst("@.*", "");
                    String repo = ref.substring(ref.lastIndexOf('/') + 1, ref.lastIndexOf(':')).replaceFirst("^dhi-", "");
                    String tag = ref.substring(ref.lastIndexOf(':') + 1);
                    if (fips(repo).contains(tag)) {
                        counter(m.key(), "says " + tag + " is not in a published list, but " + repo + "'s guide writes it");
                    }
                }
                case "warn.buildToolMissing" -> cat.defs(q.get("tool")).stream()
                        .filter(d -> d.words().contains("jdk" + q.get("jdk")))
                        .findFirst().ifPresent(d -> counter(m.key(), "says " + q.get("tool") + " has no JDK "
                                + q.get("jdk") + " build, but " + name(d) + " is one"));
                case "warn.eolUnknown" -> {
                    if (rt != null && q.get("repo").equals(r.facts().line().repository())) {
                        find(d -> d.inLine(q.get("version")) && d.eol() != null && sameRelease(d, rt))
                                .ifPresent(d -> counter(m.key(), "says no end-of-life date, but " + name(d)
                                        + " gives " + d.eol()));
                    }
                }
                default -> {
                }
            }
        }

        // ---- why-not lines that compare ----

        private void alternatives() {
            for (Alternative alt : r.alternatives()) {
                Def o = def(alt.reference());
                if (o == null) {
                    continue; // FIPS tags documented in a guide: not in the public definitions
                }
                String k = alt.whyNot().key();
                Map<String, String> q = alt.whyNot().params();
                switch (k) {
                    case "whyNot.olderVersion", "whyNot.olderVersion.noEol", "whyNot.olderVersion.ended",
                         "whyNot.olderVersion.newerPicked" -> {
                        if (!newerLine(rt.version(), o.version())) {
                            counter(k, alt.reference() + " is called an older line than " + rt.version());
                        }
                        if (k.equals("whyNot.olderVersion.noEol") && o.eol() != null) {
                            counter(k, "says no end-of-life date for " + alt.reference() + ", but it gives " + o.eol());
                        }
                        if (!k.equals("whyNot.olderVersion.noEol") && (o.eol() == null
                                || !o.eol().toString().equals(q.get("eol")))) {
                            counter(k, "gives " + alt.reference() + " end of life " + q.get("eol") + ", its definition "
                                    + o.eol());
                        }
                        if (k.equals("whyNot.olderVersion") && (rtEol() == null || !o.eol().isBefore(rtEol()))) {
                            counter(k, "says " + alt.reference() + " ends sooner than the pick (" + rtEol() + ")");
                        }
                        if (k.equals("whyNot.olderVersion.ended") && o.eol() != null && o.eol().isAfter(today)) {
                            counter(k, "says " + alt.reference() + " has ended, its end of life is " + o.eol());
                        }
                    }
                    case "whyNot.newerVersion" -> {
                        if (!newerLine(o.version(), rt.version())) {
                            counter(k, alt.reference() + " is called a newer line than " + rt.version());
                        }
                    }
                    case "whyNot.newerOtherDistro" -> {
                        if (!newerLine(o.version(), rt.version())) {
                            counter(k, alt.reference() + " is called a newer line than " + rt.version());
                        }
                        String line = lineOf(o);
                        find(d -> d.family().equals(rt.family()) && d.inLine(line)).ifPresent(d -> counter(k,
                                "says " + line + " is only on " + q.get("distro") + ", but " + name(d) + " is on "
                                        + rt.family()));
                    }
                    case "whyNot.olderDistro" -> {
                        if (!o.family().equals(rt.family()) || compare(o.release().split("\\.")[0], rt.release().split("\\.")[0]) > 0
                                || o.release().equals(rt.release())
                                || dev.dhipicker.catalog.VersionOrder.compare(o.release(), rt.release()) > 0) {
                            counter(k, alt.reference() + " is called an older release than " + rt.release());
                        }
                        if (o.eol() != null && rt.eol() != null && o.eol().isAfter(rt.eol())) {
                            counter(k, "says the pick's newer release gets updates longer, but " + alt.reference()
                                    + " ends " + o.eol() + ", the pick " + rt.eol());
                        }
                    }
                    case "whyNot.alpine.fips" -> fips(o.repo()).stream().filter(t -> t.contains("alpine")).findFirst()
                            .ifPresent(t -> counter(k, "says the guide documents FIPS tags on the other distro, but it "
                                    + "writes " + t));
                    case "whyNot.standard" -> {
                        if (o.shell()) {
                            counter(k, "says the standard image " + alt.reference() + " lacks a shell, but it has one");
                        }
                    }
                    case "whyNot.compat", "whyNot.standard.shell" -> {
                        if (q.get("packages") == null || q.get("packages").isBlank()) {
                            counter(k, "says the -compat variant adds packages, but names none");
                        }
                    }
                    case "whyNot.patchLeftover" -> {
                        if (!newerPatch(rt.version(), o.version())) {
                            counter(k, alt.reference() + " is called an older release of the line than " + rt.version());
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        /** FIPS tags the repository's guide writes; empty without the upstream folder (the check is then skipped). */
        private List<String> fips(String repo) {
            return cat.fipsTags == null ? List.of() : cat.fipsTags.getOrDefault(repo, List.of());
        }

        /** "Documents FIPS tags only for {distro}": a documented tag of the other family makes it false. */
        private void fipsOnOtherFamily(String key, String repo, String distro) {
            boolean alpine = distro.toLowerCase(java.util.Locale.ROOT).startsWith("alpine");
            fips(repo).stream().filter(t -> t.contains("alpine") != alpine).findFirst().ifPresent(t -> counter(key,
                    "says " + repo + " documents FIPS tags only for " + distro + ", but its guide writes " + t));
        }

        /** A chart of the repository: named after it and pinning it, or named after no repository and pinning it first. */
        private Optional<String> ownChart(String repo) {
            for (var e : cat.chartPins.entrySet()) {
                boolean named = e.getKey().equals(repo) && e.getValue().contains(repo);
                boolean first = !cat.byRepo.containsKey(e.getKey()) && !e.getValue().isEmpty()
                        && e.getValue().get(0).equals(repo);
                if (named || first) {
                    return Optional.of(e.getKey());
                }
            }
            return Optional.empty();
        }

        /** A flavour of the repository's runtime images with a newer version than the one called the newest. */
        private Optional<String> newerFlavor(String repo, String flavor) {
            String v = flavor.replaceAll("^[^0-9]*", "").replaceAll("[^0-9.].*$", "");
            return cat.defs(repo).stream().filter(Def::runtimeKind).flatMap(d -> d.flavor().stream())
                    .filter(f -> !f.equals("compat") && !f.equals(flavor))
                    .filter(f -> {
                        String w = f.replaceAll("^[^0-9]*", "").replaceAll("[^0-9.].*$", "");
                        return !w.isEmpty() && (v.isEmpty() || RawCatalog.compareVersions(w, v) > 0);
                    }).findFirst();
        }

        private LocalDate rtEol() {
            return r.facts().line().repository().equals(rt.repo()) ? rt.eol() : build == null ? null : build.eol();
        }

        private boolean newerPatch(String a1, String b1) {
            return RawCatalog.compareVersions(a1, b1) > 0;
        }
    }
}
