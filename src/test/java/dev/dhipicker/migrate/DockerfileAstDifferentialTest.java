package dev.dhipicker.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dhipicker.export.NodeValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Our parser against the npm package dockerfile-ast (the parser of the dockerfile-utils validator):
 * same instructions, same line ranges, same arguments, over the corpus and, when {@code ../shared}
 * is present, over the Dockerfile examples in the catalog's guides.md files.
 */
class DockerfileAstDifferentialTest {
    private static final Path GUIDES = Path.of("..", "shared", "dhi-catalog", "image");
    private static final Pattern FENCE = Pattern.compile("```[Dd]ockerfile\\s*\\n(.*?)```", Pattern.DOTALL);
    /** dockerfile-ast leaves the flags out of the arguments of these instructions. */
    private static final Set<String> FLAGGED = Set.of("FROM", "RUN", "COPY", "ADD", "HEALTHCHECK");

    @Test
    void theCorpusParsesAsDockerfileAstParsesIt() throws Exception {
        NodeValidator.requireAvailable();
        Map<Path, Dockerfile> ours = new LinkedHashMap<>();
        for (Path f : Corpus.files()) {
            ours.put(f.toAbsolutePath(), Corpus.parse(f));
        }
        int compared = compare(ours, true);
        assertThat(compared).as("instructions compared").isGreaterThan(400);
    }

    /**
     * The real projects' files: same instructions on the same lines. The arguments are not compared:
     * dockerfile-ast's argument values drop the backslashes of shell text ({@code sed 's/\\//-/g'},
     * Windows paths), which Docker passes to the shell as written.
     */
    @Test
    void theRealProjectsCorpusSplitsIntoTheSameInstructionsAsDockerfileAst() throws Exception {
        NodeValidator.requireAvailable();
        Map<Path, Dockerfile> ours = new LinkedHashMap<>();
        for (Path f : Corpus.REAL.files()) {
            ours.put(f.toAbsolutePath(), Corpus.parse(f));
        }
        int compared = compare(ours, false);
        assertThat(compared).as("instructions compared").isGreaterThan(2000);
    }

    @Test
    void theGuideExamplesParseAsDockerfileAstParsesThem(@TempDir Path dir) throws Exception {
        NodeValidator.requireAvailable();
        if (!Files.isDirectory(GUIDES)) {
            org.junit.jupiter.api.Assumptions.abort("../shared/dhi-catalog is not present");
        }
        Map<Path, Dockerfile> ours = new LinkedHashMap<>();
        int examples = 0;
        try (Stream<Path> repos = Files.list(GUIDES)) {
            for (Path repo : repos.sorted().toList()) {
                Path guide = repo.resolve("guides.md");
                if (!Files.isRegularFile(guide)) {
                    continue;
                }
                Matcher m = FENCE.matcher(Files.readString(guide));
                int k = 0;
                while (m.find()) {
                    examples++;
                    String text = m.group(1);
                    try {
                        Dockerfile d = new DockerfileParser(InputLimits.standard()).parse(text);
                        Path f = dir.resolve(repo.getFileName() + "-" + (k++) + ".Dockerfile");
                        Files.writeString(f, text);
                        ours.put(f.toAbsolutePath(), d);
                    } catch (DockerfileSyntaxException e) {
                        // a fragment (no FROM, placeholders such as <tag> in an instruction): not a whole Dockerfile
                    }
                }
            }
        }
        assertThat(examples).isGreaterThan(20);
        assertThat(ours.size()).as("whole Dockerfiles among " + examples + " examples").isGreaterThan(examples / 2);
        compare(ours, true);
    }

    /** Compares every file (with or without the arguments); returns the number of instructions compared. */
    private static int compare(Map<Path, Dockerfile> ours, boolean arguments) throws IOException, InterruptedException {
        Map<Path, JsonNode> theirs = dockerfileAst(new ArrayList<>(ours.keySet()));
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<Path, Dockerfile> e : ours.entrySet()) {
            List<Instruction> mine = e.getValue().instructions();
            JsonNode other = theirs.get(e.getKey()).get("instructions");
            if (mine.size() != other.size()) {
                differences.add(e.getKey().getFileName() + ": " + mine.size() + " instructions, dockerfile-ast " + other.size());
                continue;
            }
            for (int i = 0; i < mine.size(); i++) {
                String a = arguments ? describe(mine.get(i)) : shape(mine.get(i));
                String b = arguments ? describe(other.get(i)) : shape(other.get(i));
                if (!a.equals(b)) {
                    differences.add(e.getKey().getFileName() + ": ours " + a + " / dockerfile-ast " + b);
                }
                compared++;
            }
        }
        assertThat(differences).isEmpty();
        return compared;
    }

    static String describe(Instruction in) {
        List<String> words = new ArrayList<>(in.words());
        if (FLAGGED.contains(in.keyword())) {
            words.removeIf(w -> in.flags().contains(w));
        }
        return in.keyword() + " " + in.startLine() + "-" + in.endLine() + " " + words;
    }

    static String shape(Instruction in) {
        return in.keyword() + " " + in.startLine() + "-" + in.endLine();
    }

    static String shape(JsonNode n) {
        return n.get("keyword").asText() + " " + n.get("startLine").asInt() + "-" + n.get("endLine").asInt();
    }

    static String describe(JsonNode n) {
        List<String> words = new ArrayList<>();
        n.get("arguments").forEach(a -> words.add(a.asText()));
        return n.get("keyword").asText() + " " + n.get("startLine").asInt() + "-" + n.get("endLine").asInt() + " " + words;
    }

    private static Map<Path, JsonNode> dockerfileAst(List<Path> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("node", NodeValidator.DIR.resolve("parse.js").toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("parse.js failed: " + out);
        }
        Map<Path, JsonNode> result = new LinkedHashMap<>();
        for (JsonNode f : new ObjectMapper().readTree(out)) {
            result.put(Path.of(f.get("file").asText()), f);
        }
        return result;
    }
}
