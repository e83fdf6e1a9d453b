package dev.dhipicker.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dhipicker.export.NodeValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrates the Dockerfiles of real public projects (src/test/resources/migrate/real) and checks
 * corpus-wide invariants whose expectations come from the raw data files and an independent reader
 * of the output text ({@link CorpusFacts}, {@link ReferenceScanner}), not from the migrator:
 * a stage that changes DHI repository or lands on a shell-less image while it still runs commands
 * says so, a musl image never silently becomes a glibc one, and no upstream image is left in a
 * {@code FROM}, {@code COPY --from} or {@code RUN --mount from=} without a finding on its line.
 * Run with {@code -Ddhi.golden.update=true} to rewrite the golden files.
 */
class MigrationRealCorpusTest {
    private static final boolean UPDATE = Boolean.getBoolean("dhi.golden.update");
    private static final Set<String> LICENCES = Set.of("Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause");
    private static final Path SOURCES = Corpus.REAL.dir().resolve("SOURCES.tsv");

    static List<Path> corpus() {
        return Corpus.REAL.files();
    }

    @Test
    void theManifestNamesEveryFileWithAPermissiveLicenceAndThereAreEnough() throws Exception {
        List<String> rows = Files.readAllLines(SOURCES, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("project\trepository\tcommit\tlicence\toriginal_path\tstored_file");
        Set<String> listed = new TreeSet<>();
        Set<String> projects = new TreeSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            assertThat(c).as(row).hasSize(6);
            assertThat(c[1]).as(row).matches("https://github\\.com/[^/]+/[^/]+");
            assertThat(c[2]).as(row).matches("[0-9a-f]{40}");
            assertThat(LICENCES).as(row).contains(c[3]);
            assertThat(c[5]).as(row).isEqualTo(c[0] + "/" + c[4].replace("/", "__") + ".Dockerfile");
            assertThat(listed.add(c[5])).as("listed twice: " + c[5]).isTrue();
            projects.add(c[0]);
        }
        Set<String> present = new TreeSet<>();
        corpus().forEach(f -> present.add(Corpus.REAL.id(f)));
        assertThat(present).isEqualTo(listed);
        assertThat(present).hasSizeGreaterThanOrEqualTo(150);
        assertThat(projects).hasSizeGreaterThanOrEqualTo(15);
    }

    /**
     * REVIEW.tsv holds one verdict per file and engine, with a reason for every verdict other than
     * good, and docs/migration-corpus.md shows exactly its counts.
     */
    @Test
    void theReviewCoversEveryFileOncePerEngineAndTheDocumentShowsItsCounts() throws Exception {
        Set<String> present = new TreeSet<>();
        corpus().forEach(f -> present.add(Corpus.REAL.id(f)));
        Map<String, Set<String>> reviewed = new TreeMap<>();
        Map<String, int[]> counts = new TreeMap<>();
        List<String> verdicts = List.of("good", "needs-edits", "wrong");
        for (String row : Files.readAllLines(Corpus.REAL.dir().resolve("REVIEW.tsv"), StandardCharsets.UTF_8)) {
            if (row.startsWith("#") || row.startsWith("file\t") || row.isBlank()) {
                continue;
            }
            String[] c = row.split("\t", -1);
            assertThat(c).as(row).hasSize(4);
            assertThat(present).as(row).contains(c[0]);
            assertThat(verdicts).as(row).contains(c[2]);
            if (!c[2].equals("good")) {
                assertThat(c[3]).as("the reason for " + row).isNotBlank();
            }
            assertThat(reviewed.computeIfAbsent(c[1], e -> new TreeSet<>()).add(c[0])).as("reviewed twice: " + row).isTrue();
            counts.computeIfAbsent(c[1], e -> new int[3])[verdicts.indexOf(c[2])]++;
        }
        assertThat(reviewed).containsKey("main");
        reviewed.forEach((engine, files) -> assertThat(files).as("files reviewed for " + engine).isEqualTo(present));
        String doc = Files.readString(Path.of("docs/migration-corpus.md"), StandardCharsets.UTF_8);
        Map<String, String> shown = new TreeMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?m)^\\| `(\\w+)` \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|").matcher(doc);
        while (m.find()) {
            shown.put(m.group(1), m.group(2) + "/" + m.group(3) + "/" + m.group(4) + "/" + m.group(5));
        }
        Map<String, String> expected = new TreeMap<>();
        counts.forEach((engine, n) -> expected.put(engine, n[0] + "/" + n[1] + "/" + n[2] + "/" + present.size()));
        assertThat(shown).as("verdict rows of docs/migration-corpus.md").isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void migratedFileMatchesItsGoldenFile(Path file) throws Exception {
        Corpus.checkGolden(Corpus.REAL, file, UPDATE);
    }

    /**
     * (a) Same DHI repository as the image map names, the same kind within it (JDK, SDK, no C library,
     * a runtime image for a last stage that runs nothing), and a shell where the stage still runs commands.
     */
    @ParameterizedTest
    @MethodSource("corpus")
    void noStageChangesRepositoryKindWithoutAFinding(Path file) throws Exception {
        Migrated m = Migrated.of(file);
        List<String> problems = new ArrayList<>();
        for (OutStage s : m.stages()) {
            if (s.from().internal() || s.input() == null || s.input().internal() || CorpusFacts.isDhi(s.input().resolved())
                    || !CorpusFacts.isDhi(s.from().resolved())) {
                continue;
            }
            String chosen = CorpusFacts.dhiRepository(s.from().resolved());
            String expected = CorpusFacts.mappedRepository(s.input().resolved());
            if (!chosen.equals(expected) && !m.explains(s.input(), expected)) {
                problems.add("line " + s.input().startLine() + ": " + s.input().resolved() + " is " + expected
                        + " in the image map, became " + chosen + " with no warning naming either");
            }
            CorpusFacts.Tag tag = CorpusFacts.dhiTag(s.from().resolved());
            String kind = CorpusFacts.upstreamKind(s.input().resolved());
            String lost = tag == null || !chosen.equals(expected) ? null : lostKind(kind, tag, s, m.isLast(s));
            if (lost != null && !m.explains(s.input(), expected)) {
                problems.add("line " + s.input().startLine() + ": " + s.input().resolved() + " became "
                        + s.from().resolved() + ": " + lost + ", with no warning naming it");
            }
            if (tag == null) {
                if (!m.flagged(s.input(), EnumSet.of(Severity.ERROR, Severity.WARNING))) {
                    problems.add("line " + s.input().startLine() + ": " + s.from().resolved() + " is not a published tag");
                }
            } else if (s.runs() && !tag.shell() && !m.flaggedAny(s.inputLines(), EnumSet.of(Severity.ERROR, Severity.WARNING))) {
                problems.add("line " + s.input().startLine() + ": " + s.from().resolved()
                        + " has no shell but the stage still has RUN, with no warning");
            }
        }
        assertThat(problems).as(Corpus.REAL.id(file)).isEmpty();
    }

    /**
     * What a stage lost within its repository, or null: a JDK that became a JRE (except in a last
     * stage that runs no command, where the runtime image is the aim), an SDK that became a runtime,
     * distroless static that got a C library, or a last stage without RUN that is not on a runtime image.
     */
    private static String lostKind(String kind, CorpusFacts.Tag tag, OutStage s, boolean last) {
        String t = tag.tag();
        boolean runtimeWanted = last && !s.runs();
        if ("jdk".equals(kind) && !t.contains("jdk") && !runtimeWanted) {
            return "a JDK became " + tag.variant() + " image without a JDK";
        }
        if ("sdk".equals(kind) && !t.contains("sdk") && !tag.variant().equals("dev")) {
            return "an SDK became a runtime image";
        }
        if ("static".equals(kind) && !tag.libc().equals("none")) {
            return "distroless static (no C library) became a " + tag.libc() + " image";
        }
        boolean buildImage = tag.variant().equals("dev") || t.contains("sdk") || t.contains("jdk");
        if (last && !s.runs() && buildImage && !"sdk".equals(kind) && !"jdk".equals(kind)) {
            return "the last stage runs no command but is on the build image " + t;
        }
        return null;
    }

    /** (b) An Alpine (musl) upstream never lands on a glibc image without an error. */
    @ParameterizedTest
    @MethodSource("corpus")
    void noMuslToGlibcCrossingWithoutAnError(Path file) throws Exception {
        Migrated m = Migrated.of(file);
        List<String> problems = new ArrayList<>();
        for (OutStage s : m.stages()) {
            if (s.input() == null || s.input().internal() || !CorpusFacts.isDhi(s.from().resolved())
                    || !CorpusFacts.upstreamIsMusl(s.input().resolved())) {
                continue;
            }
            CorpusFacts.Tag tag = CorpusFacts.dhiTag(s.from().resolved());
            if (tag != null && tag.libc().equals("glibc") && !m.explainsMusl(s.input())) {
                problems.add("line " + s.input().startLine() + ": " + s.input().resolved() + " (musl) became "
                        + s.from().resolved() + " (" + tag.distro() + ", glibc) without an error naming musl or Alpine");
            }
        }
        assertThat(problems).as(Corpus.REAL.id(file)).isEmpty();
    }

    /** (c) Every upstream image left in the output has a finding on its line. */
    @ParameterizedTest
    @MethodSource("corpus")
    void noUpstreamImageLeftWithoutAFinding(Path file) throws Exception {
        Migrated m = Migrated.of(file);
        List<String> problems = new ArrayList<>();
        if (m.refusal() != null) {
            problems.add("the whole file was refused (" + m.refusal().strip() + "): every image stays as written");
        }
        for (ReferenceScanner.Ref r : m.outputRefs()) {
            if (r.internal() || CorpusFacts.isDhi(r.resolved())) {
                continue;
            }
            ReferenceScanner.Ref in = m.inputAt(r);
            int from = in == null ? m.inputLine(r.startLine()) : in.startLine();
            int to = in == null ? from : in.endLine();
            boolean flagged = m.findings().stream().anyMatch(f -> f.line() >= from && f.line() <= to);
            if (!flagged) {
                problems.add("line " + from + ": " + r.use() + " " + r.written()
                        + (r.written().equals(r.resolved()) ? "" : " (" + r.resolved() + ")") + " left as is, no finding");
            }
        }
        assertThat(problems).as(Corpus.REAL.id(file)).isEmpty();
    }

    /** (d) The output passes dockerfile-utils and dockerfile-ast sees as many stages as our parser. */
    @Test
    void everyOutputValidatesAndParsesToTheSameStagesInDockerfileAst(@TempDir Path dir) throws Exception {
        NodeValidator.requireAvailable();
        Map<Path, String> written = new LinkedHashMap<>();
        Map<String, Integer> ourStages = new TreeMap<>();
        for (Path f : corpus()) {
            Corpus.Outcome o = Corpus.outcome(f);
            if (o.dockerfile() == null) {
                continue;
            }
            Path out = dir.resolve(Corpus.REAL.id(f).replace('/', '+'));
            Files.write(out, o.dockerfile().getBytes(StandardCharsets.UTF_8));
            written.put(out.toAbsolutePath(), Corpus.REAL.id(f));
            Dockerfile parsed = new DockerfileParser(InputLimits.standard()).parse(o.dockerfile());
            ourStages.put(Corpus.REAL.id(f), StageReader.read(parsed).stages().size());
        }
        Map<String, String> problems = new TreeMap<>();
        NodeValidator.validate(new ArrayList<>(written.keySet())).forEach((file, ds) -> ds.stream()
                .filter(d -> d.severity() == 1)
                .forEach(d -> problems.merge(written.get(file.toAbsolutePath()), "line " + d.line() + ": " + d.message(),
                        (x, y) -> x + "; " + y)));
        for (Map.Entry<Path, JsonNode> e : dockerfileAst(new ArrayList<>(written.keySet())).entrySet()) {
            int froms = 0;
            for (JsonNode i : e.getValue().get("instructions")) {
                froms += i.get("keyword").asText().equals("FROM") ? 1 : 0;
            }
            String id = written.get(e.getKey());
            if (froms != ourStages.get(id)) {
                problems.merge(id, "dockerfile-ast " + froms + " stages, ours " + ourStages.get(id), (x, y) -> x + "; " + y);
            }
        }
        assertThat(written).hasSizeGreaterThanOrEqualTo(150);
        assertThat(problems).isEmpty();
    }

    private static Map<Path, JsonNode> dockerfileAst(List<Path> files) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("node", NodeValidator.DIR.resolve("parse.js").toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("parse.js").isZero();
        Map<Path, JsonNode> result = new LinkedHashMap<>();
        for (JsonNode f : new ObjectMapper().readTree(out)) {
            result.put(Path.of(f.get("file").asText()), f);
        }
        return result;
    }

    /**
     * One stage of the output: its {@code FROM}, the input {@code FROM} it stands for, whether its
     * body still has {@code RUN}, and the input lines it covers.
     */
    record OutStage(ReferenceScanner.Ref from, ReferenceScanner.Ref input, boolean runs, int[] inputLines) {
    }

    /** A migrated file read back with the independent reader; a refused file has no output. */
    record Migrated(String refusal, String input, String output, List<Finding> findings, List<ReferenceScanner.Ref> inputRefs,
                    List<ReferenceScanner.Ref> outputRefs, int[] lineMap, List<OutStage> stages) {
        static Migrated of(Path file) throws Exception {
            String input = Corpus.read(file);
            Corpus.Outcome o = Corpus.outcome(file);
            if (o.dockerfile() == null) {
                return new Migrated(o.report(), input, "", List.of(), List.of(), List.of(), new int[0], List.of());
            }
            String output = o.dockerfile();
            List<ReferenceScanner.Ref> inRefs = ReferenceScanner.references(input);
            List<ReferenceScanner.Ref> outRefs = ReferenceScanner.references(output);
            int[] map = ReferenceScanner.inputLineOf(input, output);
            List<ReferenceScanner.Line> outLines = ReferenceScanner.instructions(output);
            List<ReferenceScanner.Ref> inFroms = inRefs.stream().filter(r -> r.use() == ReferenceScanner.Use.FROM).toList();
            List<OutStage> stages = new ArrayList<>();
            List<ReferenceScanner.Ref> outFroms = outRefs.stream().filter(r -> r.use() == ReferenceScanner.Use.FROM).toList();
            for (int k = 0; k < outFroms.size(); k++) {
                ReferenceScanner.Ref f = outFroms.get(k);
                int end = k + 1 < outFroms.size() ? outFroms.get(k + 1).startLine() : Integer.MAX_VALUE;
                boolean runs = outLines.stream().anyMatch(l -> l.keyword().equals("RUN") && l.startLine() > f.endLine()
                        && l.startLine() < end);
                int inLine = map[f.startLine() - 1] + 1;
                ReferenceScanner.Ref in = null;
                for (ReferenceScanner.Ref r : inFroms) {
                    if (r.startLine() <= inLine) {
                        in = r;
                    }
                }
                int inEnd = Integer.MAX_VALUE;
                for (ReferenceScanner.Ref r : inFroms) {
                    if (in != null && r.startLine() > in.startLine()) {
                        inEnd = Math.min(inEnd, r.startLine() - 1);
                    }
                }
                stages.add(new OutStage(f, in, runs, in == null ? new int[0] : new int[] {in.startLine(), inEnd}));
            }
            return new Migrated(null, input, output, o.result().findings(), inRefs, outRefs, map, stages);
        }

        /** The 1-based input line an output line stands for. */
        int inputLine(int outputLine) {
            return lineMap[outputLine - 1] + 1;
        }

        /** The input reference of the same use on the input instruction an output reference stands for. */
        ReferenceScanner.Ref inputAt(ReferenceScanner.Ref out) {
            int line = inputLine(out.startLine());
            for (ReferenceScanner.Ref r : inputRefs) {
                if (r.use() == out.use() && r.startLine() <= line && line <= r.endLine()) {
                    return r;
                }
            }
            return null;
        }

        boolean flagged(ReferenceScanner.Ref in, Set<Severity> severities) {
            return findings.stream().anyMatch(f -> severities.contains(f.severity()) && f.line() >= in.startLine()
                    && f.line() <= in.endLine());
        }

        /**
         * True when a warning or error on the input FROM line speaks of what the stage was: its
         * arguments name the repository the image map gives, or the upstream image itself.
         */
        boolean explains(ReferenceScanner.Ref in, String expected) {
            String upstream = CorpusFacts.imageName(in.resolved());
            java.util.regex.Pattern names = java.util.regex.Pattern.compile("(^|[\\s/\\[])("
                    + (expected == null ? "" : java.util.regex.Pattern.quote(expected) + "|")
                    + java.util.regex.Pattern.quote(upstream) + ")([:@\\s\\]]|$)");
            return findings.stream().anyMatch(f -> f.severity() != Severity.INFO && f.line() >= in.startLine()
                    && f.line() <= in.endLine() && f.args().stream()
                    .anyMatch(a -> names.matcher(a.toLowerCase(java.util.Locale.ROOT)).find()));
        }

        /** True when an error on the input FROM line names the musl side of the crossing. */
        boolean explainsMusl(ReferenceScanner.Ref in) {
            return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.line() >= in.startLine()
                    && f.line() <= in.endLine() && f.args().stream().map(a -> a.toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(a -> a.contains("musl") || a.contains("alpine")));
        }

        boolean isLast(OutStage s) {
            return !stages.isEmpty() && stages.get(stages.size() - 1) == s;
        }

        boolean flaggedAny(int[] lines, Set<Severity> severities) {
            return lines.length == 2 && findings.stream().anyMatch(f -> severities.contains(f.severity())
                    && f.line() >= lines[0] && f.line() <= lines[1]);
        }
    }
}
