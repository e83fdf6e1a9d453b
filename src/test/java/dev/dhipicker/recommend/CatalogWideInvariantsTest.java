package dev.dhipicker.recommend;

import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.recommend.RawCatalog.Def;
import dev.dhipicker.recommend.RawCatalog.Pin;
import dev.dhipicker.recommend.Recommendation.Alternative;
import dev.dhipicker.recommend.Recommendation.ImageChoice;
import dev.dhipicker.recommend.Recommendation.WorkloadKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the engine for every repository of the bundled catalog (and every profile) under every
 * flavour x version line (and no version answer) x libc x size x compliance x Helm answer, and checks each answer against the catalog's JSON read
 * by {@link RawCatalog}, never through the engine's query code: the tag exists in a definition of
 * the right repository and kind, no newer supported line is passed over, build and runtime share
 * the distro release (and the version where they are one repository), a DHI chart's runtime is
 * the image it pins, nothing is offered and denied at once, and every date, distro and uid that a
 * sentence names is the pick's.
 */
class CatalogWideInvariantsTest {

    private static RawCatalog raw;
    private static Recommender engine;
    private static final LocalDate TODAY = EngineFixture.TODAY;

    @BeforeAll
    static void load() throws Exception {
        raw = new RawCatalog();
        engine = EngineFixture.engine();
    }

    /** Every repository and profile id. */
    private static List<String> workloads() {
        List<String> w = new ArrayList<>(EngineFixture.PROFILES.all().stream().map(WorkloadProfile::id).toList());
        w.addAll(raw.byRepo.keySet());
        return w;
    }

    @Test
    void everyAnswerForEveryRepositoryIsTrueToTheCatalog() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int refused = 0;
        for (String w : workloads()) {
            List<String> flavors;
            try {
                flavors = engine.flavors(w);
            } catch (InvalidAnswerException e) {
                refused++;
                if (raw.byRepo.getOrDefault(w, List.of()).stream().anyMatch(Def::runtimeKind)) {
                    problems.add(w + ": refused although the catalog has runtime images: " + e.getMessage());
                }
                continue;
            }
            counts.merge("workloads", 1, Integer::sum);
            List<String> flavorAnswers = new ArrayList<>(flavors);
            if (flavorAnswers.isEmpty()) {
                flavorAnswers.add(null);
            }
            // every flavour x version line (and no version answer) x libc x size x compliance x Helm answer
            for (String f : flavorAnswers) {
                List<String> versions = new ArrayList<>();
                versions.add(null);
                engine.versions(w, f).forEach(v -> versions.add(v.line()));
                for (String v : versions) {
                    for (LibcNeed libc : LibcNeed.values()) {
                        for (SizePriority size : SizePriority.values()) {
                            for (ComplianceNeed c : ComplianceNeed.values()) {
                                for (HelmUse h : HelmUse.values()) {
                                    Answers a = new Answers(w, v, libc, size, c, h, null).withFlavor(f);
                                    Recommendation r = check(a, problems);
                                    counts.merge(v == null ? "answers" : "version answers", 1, Integer::sum);
                                    if (v != null && r.runtime() != null && r.helmChart() == null
                                            && !r.facts().line().line().equals(v)) {
                                        problems.add(a + ": asked for line " + v + ", got " + r.facts().line().line());
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.println("catalog-wide invariants: " + counts + ", refused workloads (no runtime image): " + refused
                + ", problems: " + problems.size());
        assertThat(problems).as("%d problems, first 40", problems.size())
                .satisfies(p -> assertThat(p.subList(0, Math.min(40, p.size()))).isEmpty());
        assertThat(counts.get("answers") + counts.get("version answers")).isGreaterThan(200_000);
    }

    private Recommendation check(Answers a, List<String> problems) throws InvalidAnswerException {
        Recommendation r = engine.recommend(a);
        String id = a.workload() + " " + a.version() + " " + a.libc() + " " + a.size() + " " + a.compliance() + " "
                + a.helm() + (a.flavor() == null ? "" : " " + a.flavor());
        new Checker(id, a, r, problems).run();
        return r;
    }

    /** The checks for one answer. */
    private static final class Checker {
        private final String id;
        private final Answers a;
        private final Recommendation r;
        private final List<String> problems;

        Checker(String id, Answers a, Recommendation r, List<String> problems) {
            this.id = id;
            this.a = a;
            this.r = r;
            this.problems = problems;
        }

        private void problem(String s) {
            problems.add(id + ": " + s);
        }

        void run() {
            texts();
            if (r.runtime() == null) {
                if (r.unmet().isEmpty()) {
                    problem("no runtime and no unmet answer");
                }
                return;
            }
            Def rt = imageExists(r.runtime(), true);
            Def build = r.build() == null ? null : imageExists(r.build(), false);
            if (rt == null) {
                return;
            }
            chart(rt);
            pair(rt, build);
            Def decider = r.facts().line().repository().equals(rt.repo()) ? rt : build;
            if (decider == null) {
                problem("the version line names " + r.facts().line().repository() + ", which is neither image");
                return;
            }
            if (a.version() == null && r.helmChart() == null) {
                newest(decider, rt);
            }
            sentences(rt, build, decider);
        }

        /** The public twin of a recommended reference must be a definition of the right kind, or a chart pin. */
        private Def imageExists(ImageChoice c, boolean runtime) {
            String ref = c.reference();
            String noDigest = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
            String name = noDigest.substring(0, noDigest.lastIndexOf(':'));
            String repo = name.substring(name.lastIndexOf('/') + 1).replaceFirst("^dhi-", "");
            String tag = noDigest.substring(noDigest.lastIndexOf(':') + 1);
            String publicTag = tag.replace("-fips", "");
            boolean mirrored = !name.startsWith("dhi.io/");
            if (mirrored != a.compliance().mirrored()) {
                problem(ref + " mirrored=" + mirrored + " but compliance " + a.compliance());
            }
            if (a.compliance().fips() != tag.contains("-fips")) {
                problem(ref + " FIPS suffix does not follow the compliance answer");
            }
            Def d = raw.byTag.get(repo + ":" + publicTag);
            if (d == null) {
                boolean pinned = r.helmChart() != null && runtime && raw.pins.stream().anyMatch(p ->
                        p.chart().equals(chartName()) && p.reference().startsWith("dhi.io/" + repo + ":" + publicTag + "@"));
                boolean warned = r.warnings().stream().anyMatch(m -> m.key().equals("warn.chartPinOutsideCatalog"));
                if (!pinned || !warned) {
                    problem(ref + " is neither a catalog tag nor a chart pin said to be outside the catalog");
                    return null;
                }
                return raw.byTag.get(repo + ":" + c.definition().tags().get(0));
            }
            if (runtime && !d.runtimeKind()) {
                problem(ref + " is a " + d.variant() + (d.sdk() ? " sdk" : "") + " image, not a runtime image");
            }
            if (!runtime && !(d.variant().equals("dev") || d.sdk())) {
                problem(ref + " is not a dev or SDK image");
            }
            if (!d.tags().contains(publicTag) || d.distroVersion().isEmpty() || !publicTag.contains(d.distro())) {
                problem(ref + " does not pin its distro release");
            }
            return d;
        }

        private String chartName() {
            String ref = r.helmChart().reference();
            return raw.chartByOciName.get(ref.substring(ref.lastIndexOf('/') + 1));
        }

        private void chart(Def rt) {
            boolean deniedChart = r.unmet().stream().anyMatch(u -> u.answer().equals("helm"));
            if (r.helmChart() != null) {
                if (deniedChart) {
                    problem("offers the chart " + r.helmChart().reference() + " and denies a chart");
                }
                String chart = chartName();
                boolean own = chart.equals(rt.repo()) || (!raw.byRepo.containsKey(chart) && raw.pins.stream().anyMatch(p ->
                        p.chart().equals(chart) && p.position() == 0 && p.repo().equals(rt.repo())));
                if (!own) {
                    problem("chart " + chart + " is not " + rt.repo() + "'s own chart");
                }
                if (!a.compliance().mirrored() && raw.pins.stream().noneMatch(p -> p.chart().equals(chart)
                        && p.chartVersion().equals(r.helmChart().version()) && p.reference().equals(r.runtime().reference()))) {
                    problem("runtime " + r.runtime().reference() + " is not what " + chart + " " + r.helmChart().version() + " pins");
                }
                if (a.version() != null && !versionMatches(a.version(), pinnedVersion())
                        && r.unmet().stream().noneMatch(u -> u.answer().equals("version"))) {
                    problem("chart pins " + pinnedVersion() + " for version answer " + a.version() + " without saying so");
                }
            } else if (a.helm() == HelmUse.DHI_CHART) {
                boolean exists = raw.pins.stream().anyMatch(p -> p.repo().equals(rt.repo())
                        && (p.chart().equals(rt.repo()) || (!raw.byRepo.containsKey(p.chart()) && p.position() == 0)));
                if (exists) {
                    problem("a DHI chart of " + rt.repo() + " exists but none is offered");
                }
                if (!deniedChart) {
                    problem("DHI chart asked, none given, no unmet note");
                }
            }
        }

        private String pinnedVersion() {
            String ref = r.runtime().reference().replaceFirst("@.*", "");
            String tag = ref.substring(ref.lastIndexOf(':') + 1);
            return tag.split("-")[0];
        }

        private static boolean versionMatches(String answer, String version) {
            return version.equals(answer) || version.startsWith(answer + ".");
        }

        private void pair(Def rt, Def build) {
            WorkloadKind kind = r.facts().kind();
            if (kind == WorkloadKind.APPLICATION && build != null) {
                problem("an application image with a build stage");
            }
            if (build == null) {
                if (kind != WorkloadKind.APPLICATION && r.helmChart() == null) {
                    problem("a " + kind + " without a build image");
                }
                return;
            }
            if (!build.distro().equals(rt.distro()) || !build.distroVersion().equals(rt.distroVersion())) {
                problem("build " + r.build().reference() + " and runtime " + r.runtime().reference() + " differ in distro release");
            }
            if (build.repo().equals(rt.repo()) && !build.version().equals(rt.version())) {
                problem("build and runtime of " + rt.repo() + " differ in version: " + build.version() + " / " + rt.version());
            }
            if (r.profile() != null && r.profile().link() == WorkloadProfile.VersionLink.JDK) {
                String major = rt.version().split("\\.")[0];
                boolean jdk = build.qualifiers().contains("jdk" + major)
                        || (build.repo().equals(rt.repo()) && build.qualifiers().contains("jdk"));
                if (!jdk) {
                    problem("build " + r.build().reference() + " is not a JDK " + major + " image");
                }
            }
        }

        /** No newer supported line on the pick's release, and no newer release of its family with this version or newer. */
        private void newest(Def d, Def rt) {
            for (Def o : raw.byRepo.get(d.repo())) {
                if (!o.variant().equals(d.variant()) || o.sdk() != d.sdk() || !o.flavors().equals(d.flavors())
                        || !o.distro().equals(d.distro()) || !o.qualifiers().equals(d.qualifiers())
                        || !o.libc().equals(d.libc())) {
                    continue;
                }
                boolean supported = o.eol() == null || o.eol().isAfter(TODAY);
                if (!supported || RawCatalog.compareVersions(o.version(), d.version()) <= 0 || !pairable(o, rt)) {
                    continue;
                }
                boolean sameRelease = o.distroVersion().equals(d.distroVersion());
                boolean newerRelease = RawCatalog.compareVersions(o.distroVersion(), d.distroVersion()) > 0;
                if (sameRelease || newerRelease) {
                    problem(d.repo() + " " + d.version() + " (" + d.file() + ") picked, but " + o.version() + " ("
                            + o.file() + ") is newer and supported");
                    return;
                }
            }
        }

        /** Whether the engine could pair this candidate with a build image, by the oracle's own reading. */
        private boolean pairable(Def o, Def rt) {
            WorkloadProfile p = r.profile();
            List<Def> dev;
            if (r.facts().kind() == WorkloadKind.FRAMEWORK) {
                return raw.byRepo.get(o.repo()).stream().anyMatch(b -> b.variant().equals("dev")
                        && b.version().equals(o.version()) && b.distroVersion().equals(o.distroVersion())
                        && b.flavors().equals(o.flavors()));
            }
            if (p == null) {
                return true;
            }
            if (p.versionFromBuild()) {
                return raw.byRepo.get(p.runtimeRepository()).stream().anyMatch(s -> s.distroVersion().equals(o.distroVersion())
                        && s.distro().equals(o.distro()) && s.libc().equals(rt.libc()));
            }
            dev = raw.byRepo.get(p.buildRepository());
            String major = o.version().split("\\.")[0];
            String minor = o.version().split("\\.").length > 1 ? major + "." + o.version().split("\\.")[1] : major;
            return switch (p.link()) {
                case SAME -> dev.stream().anyMatch(b -> b.variant().equals("dev") && b.version().equals(o.version())
                        && b.distroVersion().equals(o.distroVersion()));
                case MAJOR -> dev.stream().anyMatch(b -> b.sdk() && b.version().startsWith(major + ".")
                        && b.distroVersion().equals(o.distroVersion()));
                case PHP_FLAVOR -> dev.stream().anyMatch(b -> b.flavors().equals(List.of("php" + minor))
                        && b.distroVersion().equals(o.distroVersion()) && b.distro().equals(o.distro()));
                default -> true;
            };
        }

        private void sentences(Def rt, Def build, Def decider) {
            String pickEol = decider.eol() == null ? null : decider.eol().toString();
            String label = (rt.distro().equals("alpine") ? "Alpine " : "Debian ") + rt.distroVersion();
            for (var e : r.explanations()) {
                Map<String, String> p = e.message().params();
                switch (e.message().key()) {
                    case "eol.date", "eol.ended" -> same("eol sentence", p.get("eol"), pickEol);
                    case "eol.unknown" -> {
                        if (decider.eol() != null && r.helmChart() == null) {
                            problem("says no end-of-life date, the catalog gives " + decider.eol());
                        }
                    }
                    case "version.newest", "version.newestOnDistro", "version.newestWithBuild" -> {
                        if (decider.eol() != null && !decider.eol().isAfter(TODAY)) {
                            problem(e.message().key() + " for a line that ended on " + decider.eol());
                        }
                    }
                    case "distro.pinned" -> same("pinned distro", p.get("distro"), label);
                    case "distro.alpine.musl" -> same("distro sentence", rt.distro(), "alpine");
                    case "distro.debian.glibc", "distro.debian.unsure", "distro.debian.compatible" ->
                            same("distro sentence", rt.distro(), "debian");
                    case "variant.runtime", "variant.runtimeShell", "variant.runtimePm", "variant.runtimeShellPm",
                         "variant.runtimeRoot" -> {
                        same("runtime uid", p.get("uid"), String.valueOf(rt.uid()));
                        String expected = Objects.equals(rt.uid(), 0) || "root".equals(rt.user()) ? "variant.runtimeRoot"
                                : rt.packageManager() ? (rt.shell() ? "variant.runtimeShellPm" : "variant.runtimePm")
                                : rt.shell() ? "variant.runtimeShell" : "variant.runtime";
                        same("runtime sentence", e.message().key(), expected);
                    }
                    case "variant.dev", "variant.devNoPm", "variant.devUser" -> {
                        if (build != null && e.message().key().equals("variant.dev")
                                && (!Objects.equals(build.uid(), 0) || !build.packageManager())) {
                            problem("says the build image runs as root with a package manager: " + r.build().reference());
                        }
                    }
                    case "version.chart" -> {
                        if (r.helmChart() == null) {
                            problem("talks about a chart it does not offer");
                        }
                    }
                    default -> {
                    }
                }
            }
            for (Message m : r.warnings()) {
                if ((m.key().equals("warn.eolSoon") || m.key().equals("warn.eolPassed"))
                        && m.params().get("repo").equals(decider.repo())) {
                    same("end-of-life warning", m.params().get("eol"), pickEol);
                }
            }
            for (var u : r.unmet()) {
                if (u.message().key().equals("unmet.helm.noChart") && r.helmChart() != null) {
                    problem("denies a chart it offers");
                }
            }
            for (Alternative alt : r.alternatives()) {
                Map<String, String> p = alt.whyNot().params();
                switch (alt.whyNot().key()) {
                    case "whyNot.olderVersion" -> {
                        if (pickEol == null || p.get("eol").compareTo(pickEol) >= 0) {
                            problem("says " + alt.reference() + " ends " + p.get("eol") + ", sooner than the pick (" + pickEol + ")");
                        }
                    }
                    case "whyNot.olderVersion.ended" -> {
                        if (LocalDate.parse(p.get("eol")).isAfter(TODAY)) {
                            problem("says " + alt.reference() + " has ended on " + p.get("eol"));
                        }
                    }
                    case "whyNot.alpine.glibc" -> same("why-not glibc", a.libc().name(), "GLIBC");
                    case "whyNot.alpine.unsure" -> same("why-not unsure", a.libc().name(), "ANY");
                    default -> {
                    }
                }
            }
        }

        private void same(String what, String actual, String expected) {
            if (!Objects.equals(actual, expected)) {
                problem(what + " says " + actual + ", the pick has " + expected);
            }
        }

        private void texts() {
            List<Message> all = new ArrayList<>();
            r.explanations().forEach(e -> all.add(e.message()));
            r.unmet().forEach(u -> all.add(u.message()));
            all.addAll(r.warnings());
            r.alternatives().forEach(alt -> all.add(alt.whyNot()));
            for (Message m : all) {
                if (!EngineFixture.TEXTS.has(m.key())) {
                    problem("no text for key " + m.key());
                    continue;
                }
                String text = EngineFixture.TEXTS.render(m.key(), m.params());
                if (text.matches("(?s).*\\{[a-zA-Z]+}.*") || text.contains("null") || text.contains(" ? ")) {
                    problem("text " + m.key() + " reads: " + text);
                }
            }
        }
    }
}
