package dev.dhipicker.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs {@code tools/dockerfile-validator/validate.js} (the npm package dockerfile-utils) through
 * {@code node} on a batch of files. When node or the installed package is missing the caller's test
 * is skipped, except with {@code CI=true}, where it fails: CI installs the validator first.
 */
public final class NodeValidator {
    public static final Path DIR = Path.of("tools", "dockerfile-validator").toAbsolutePath();

    /** One diagnostic of dockerfile-utils: severity 1 is an error, 2 a warning. */
    public record Diagnostic(int severity, int line, String message) {
    }

    private NodeValidator() {
    }

    /** Skips the test (or fails it in CI) when the validator cannot run here. */
    public static void requireAvailable() {
        String missing = missing();
        if (missing == null) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but the Dockerfile validator cannot run: " + missing
                    + " (.ci/run installs node and runs npm ci --prefix tools/dockerfile-validator)");
        }
        Assumptions.abort("Dockerfile validator not available (" + missing + "); run npm ci --prefix tools/dockerfile-validator");
    }

    private static String missing() {
        if (!Files.isRegularFile(DIR.resolve("node_modules/dockerfile-utils/package.json"))) {
            return "tools/dockerfile-validator/node_modules/dockerfile-utils is not installed";
        }
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "node --version failed";
            }
        } catch (IOException e) {
            return "node is not on PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return null;
    }

    /**
     * Validates Dockerfiles in one node process and returns the diagnostics of those that have
     * any, keyed by the name given for each file; every file must get an answer.
     */
    static Map<String, List<Diagnostic>> problems(Map<Path, String> named) throws IOException, InterruptedException {
        Map<Path, List<Diagnostic>> result = validate(new java.util.ArrayList<>(named.keySet()));
        if (!result.keySet().equals(named.keySet())) {
            throw new AssertionError("the validator answered for " + result.keySet() + ", asked for " + named.keySet());
        }
        Map<String, List<Diagnostic>> out = new java.util.TreeMap<>();
        result.forEach((file, diagnostics) -> {
            if (!diagnostics.isEmpty()) {
                out.put(named.get(file), diagnostics);
            }
        });
        return out;
    }

    /** Validates the files in one node process; returns the diagnostics by file. */
    public static Map<Path, List<Diagnostic>> validate(List<Path> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("node", DIR.resolve("validate.js").toString()));
        files.forEach(f -> cmd.add(f.toAbsolutePath().toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("validator timed out");
        }
        if (p.exitValue() == 2) {
            fail("validator could not run: exit 2, output " + out);
        }
        Map<Path, List<Diagnostic>> result = new LinkedHashMap<>();
        for (JsonNode f : new ObjectMapper().readTree(out)) {
            List<Diagnostic> ds = new ArrayList<>();
            for (JsonNode d : f.get("diagnostics")) {
                ds.add(new Diagnostic(d.get("severity").asInt(), d.get("line").asInt(), d.get("message").asText()));
            }
            result.put(Path.of(f.get("file").asText()), ds);
        }
        return result;
    }
}
