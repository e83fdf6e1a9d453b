package dev.dhipicker.export;

import dev.dhipicker.catalog.Repository;
import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Message;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommendation.ImageChoice;
import dev.dhipicker.recommend.Recommender;
import dev.dhipicker.recommend.SizePriority;
import dev.dhipicker.testing.BundledData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every workload under every answer combination, the facts that the sentences, the
 * comparison sheet and the Dockerfile show are the facts of the {@link Recommendation} they
 * describe: references, user and group, cgo, build tool, distro, C library, end of life and ports.
 * A fact worked out a second time somewhere would show up here as a disagreement.
 */
class OneFactOnePlaceTest {

    private static final Pattern USER = Pattern.compile("(?m)^USER (\\d+):(\\d+)$");
    private static final Pattern CHOWN = Pattern.compile("--chown=(\\d+):(\\d+)");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE (\\S+)$");

    @Test
    void everySentenceSheetAndDockerfileAgreeWithTheRecommendation() throws Exception {
        Recommender engine = BundledData.engine(BundledData.TODAY);
        Messages m = Messages.english();
        DockerfileWriter writer = ExportFixture.writer();
        SheetBuilder sheets = new SheetBuilder(BundledData.CATALOG, BundledData.TEXTS, m);
        ImageFacts facts = new ImageFacts(m);
        List<String> workloads = new ArrayList<>(BundledData.PROFILES.all().stream().map(WorkloadProfile::id).toList());
        BundledData.CATALOG.repositories().stream().map(Repository::name).forEach(workloads::add);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String w : workloads) {
            for (LibcNeed libc : LibcNeed.values()) {
                for (ComplianceNeed c : ComplianceNeed.values()) {
                    for (HelmUse h : HelmUse.values()) {
                        SizePriority size = libc == LibcNeed.MUSL ? SizePriority.SMALLEST : SizePriority.BALANCED;
                        Recommendation r;
                        try {
                            r = engine.recommend(new Answers(w, null, libc, size, c, h, null));
                        } catch (InvalidAnswerException e) {
                            counts.merge("refused (no runtime image)", 1, Integer::sum);
                            continue;
                        }
                        counts.merge("recommendations", 1, Integer::sum);
                        String id = w + " " + libc + " " + c + " " + h;
                        sentences(id, r, problems);
                        if (r.runtime() == null) {
                            continue;
                        }
                        sheet(id, r, sheets, facts, m, problems);
                        String dockerfile;
                        try {
                            dockerfile = writer.render(r, DockerfileOptions.defaults());
                        } catch (DockerfileException e) {
                            problems.add(id + ": no Dockerfile: " + e.getMessage());
                            continue;
                        }
                        counts.merge("Dockerfiles", 1, Integer::sum);
                        dockerfile(id, r, dockerfile, facts, problems);
                    }
                }
            }
        }
        System.out.println("one fact, one place: " + counts + ", disagreements: " + problems.size());
        assertThat(problems).as("%d disagreements, first 30", problems.size())
                .satisfies(p -> assertThat(p.subList(0, Math.min(30, p.size()))).isEmpty());
        assertThat(counts.get("Dockerfiles")).isGreaterThan(10_000);
    }

    /** Sentence parameters that name a fact of the pick carry that fact. */
    private static void sentences(String id, Recommendation r, List<String> problems) {
        if (r.runtime() == null) {
            return; // nothing picked: the sentences say why, and name no image facts
        }
        List<Message> all = new ArrayList<>();
        r.explanations().forEach(e -> all.add(e.message()));
        all.addAll(r.warnings());
        for (Message msg : all) {
            Map<String, String> p = msg.params();
            switch (msg.key()) {
                case "distro.pinned" -> same(id, msg.key(), p.get("distro"), r.runtime().distroLabel(), problems);
                case "variant.runtime", "variant.runtimeShell", "variant.runtimePm", "variant.runtimeShellPm",
                     "variant.runtimeRoot" -> {
                    same(id, msg.key(), p.get("uid"), String.valueOf(r.runtime().uid()), problems);
                    same(id, msg.key(), p.get("user"), String.valueOf(r.runtime().user()), problems);
                }
                case "eol.date", "eol.ended" -> same(id, msg.key(), p.get("eol"),
                        String.valueOf(r.facts().line().eol()), problems);
                case "version.newest", "version.requested", "version.chart", "version.allEnded",
                     "version.newestOnDistro", "version.newestWithBuild", "version.newestPaired" ->
                        same(id, msg.key(), p.get("version"), r.facts().line().line(), problems);
                case "profile.go.cgo" -> {
                    if (!r.facts().cgo()) {
                        problems.add(id + ": explains cgo, but the recommendation builds without it");
                    }
                }
                case "profile.go.static", "profile.go.fips" -> {
                    if (r.facts().cgo()) {
                        problems.add(id + ": explains CGO_ENABLED=0, but the recommendation builds with cgo");
                    }
                }
                case "profile.java.jre", "profile.gradle.jre", "profile.java.temurinBuild" ->
                        same(id, msg.key(), p.get("build"), r.build().repository(), problems);
                default -> {
                }
            }
        }
    }

    /** The sheet's runtime column shows the runtime's facts, formatted by the one facts formatter. */
    private static void sheet(String id, Recommendation r, SheetBuilder sheets, ImageFacts facts, Messages m,
                              List<String> problems) {
        ComparisonSheet s = sheets.build(r, BundledData.TODAY);
        ComparisonSheet.Column rt = s.columns().get(0);
        ImageChoice c = r.runtime();
        same(id, "sheet reference", rt.cells().get(SheetBuilder.ROWS.indexOf("sheet.row.reference")), c.reference(), problems);
        same(id, "sheet distro", rt.cells().get(SheetBuilder.ROWS.indexOf("sheet.row.distro")),
                m.get("sheet.value.distro", facts.distro(c.distro(), c.distroVersion()), facts.libc(c.libc())), problems);
        same(id, "sheet user", rt.cells().get(SheetBuilder.ROWS.indexOf("sheet.row.user")),
                facts.user(c.user(), c.uid()), problems);
        same(id, "sheet end of life", rt.cells().get(SheetBuilder.ROWS.indexOf("sheet.row.eol")), facts.eol(c.eol()),
                problems);
        if (r.facts().line().repository().equals(c.repository())) {
            same(id, "runtime end of life vs line", String.valueOf(c.eol()), String.valueOf(r.facts().line().eol()), problems);
        }
    }

    /** The Dockerfile builds from the recommended references and runs as the recommended user. */
    private static void dockerfile(String id, Recommendation r, String text, ImageFacts facts, List<String> problems) {
        ImageChoice rt = r.runtime();
        if (!text.contains("\nFROM " + fromText(rt.reference()) + "\n")) {
            problems.add(id + ": the final FROM is not " + rt.reference());
        }
        boolean multiStage = r.build() != null && !r.application();
        if (multiStage && !text.contains("\nFROM " + fromText(r.build().reference()) + " AS build\n")) {
            problems.add(id + ": the build FROM is not " + r.build().reference());
        }
        if (!multiStage && text.contains(" AS build\n")) {
            problems.add(id + ": a build stage for an image run as it is");
        }
        String owner = rt.uid() + ":" + (rt.gid() == null ? rt.uid() : rt.gid());
        Matcher user = USER.matcher(text);
        if (rt.runsAsRoot()) {
            if (user.find()) {
                problems.add(id + ": USER " + user.group(1) + " for an image that runs as root");
            }
        } else if (!user.find() || !(user.group(1) + ":" + user.group(2)).equals(owner)) {
            problems.add(id + ": USER is not the runtime user " + owner);
        }
        Matcher chown = CHOWN.matcher(text);
        while (chown.find()) {
            same(id, "--chown", chown.group(1) + ":" + chown.group(2), owner, problems);
        }
        Matcher expose = EXPOSE.matcher(text);
        while (expose.find()) {
            String port = expose.group(1);
            boolean declared = rt.definition().ports().contains(port)
                    || (rt.definition().ports().isEmpty() && r.profile() != null && Objects.equals(r.profile().port() + "/tcp", port));
            if (!declared) {
                problems.add(id + ": EXPOSE " + port + " is not a port of " + rt.reference());
            }
            if (!rt.runsAsRoot() && Integer.parseInt(port.replaceFirst("[-/].*", "")) < 1025) {
                problems.add(id + ": EXPOSE " + port + " for a non-root image");
            }
        }
        if (r.profile() != null && r.profile().id().equals("go")) {
            boolean cgoOn = text.contains("CGO_ENABLED=1 ");
            if (cgoOn != r.facts().cgo()) {
                problems.add(id + ": the Dockerfile builds with CGO_ENABLED=" + (cgoOn ? 1 : 0) + ", the recommendation says cgo="
                        + r.facts().cgo());
            }
        }
        if (r.profile() != null && r.profile().link() == WorkloadProfile.VersionLink.JDK) {
            String tool = switch (r.build().repository()) {
                case "maven" -> "RUN mvn ";
                case "gradle" -> "RUN gradle ";
                default -> "RUN ./mvnw ";
            };
            if (!text.contains(tool)) {
                problems.add(id + ": the build image is " + r.build().repository() + " but the Dockerfile does not run " + tool);
            }
        }
        if (r.profile() != null && r.profile().link() == WorkloadProfile.VersionLink.PHP_FLAVOR
                && !text.contains("RUN composer install")) {
            problems.add(id + ": the build image is composer but the Dockerfile does not run it");
        }
        String header = facts.distro(rt.distro(), rt.distroVersion()) + ", " + facts.libc(rt.libc()) + ", runs as "
                + facts.user(rt.user(), rt.uid());
        if (!text.replaceAll("\n#\\s+", " ").contains(header)) {
            problems.add(id + ": the Dockerfile header does not describe the runtime as " + header);
        }
    }

    /** A reference as a FROM line writes it: the placeholder organisation becomes the ORG build argument. */
    private static String fromText(String reference) {
        return reference.startsWith("<your-org>/") ? "${ORG}/" + reference.substring("<your-org>/".length()) : reference;
    }

    private static void same(String id, String what, String actual, String expected, List<String> problems) {
        if (!Objects.equals(actual, expected)) {
            problems.add(id + ": " + what + " shows " + actual + ", the recommendation has " + expected);
        }
    }
}
