package dev.dhipicker;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the packaged jar loads before a CLI command answers (issue 15): the class-load log of a
 * real process, not a timing. Times are measured by bench/process-timing.py, never here.
 */
class StartupPathIT {
    static final Path JAR = Path.of("target", "dhi-picker.jar");
    static final Path JSA = Path.of("target", "dhi-picker.jsa");

    /** Exit code, standard error, the loaded classes' names and the log's lines. */
    record Run(int code, String err, List<String> loaded, List<String> lines) {
    }

    static Run run(List<String> jvmOptions, String... args) throws Exception {
        Path log = Files.createTempFile("classes", ".log");
        Path err = Files.createTempFile("err", ".txt");
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Xlog:class+load=info:file=" + log);
            cmd.addAll(jvmOptions);
            cmd.add("-Duser.language=en");
            cmd.add("-jar");
            cmd.add(JAR.toString());
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile());
            pb.environment().remove("DISPLAY");
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            List<String> loaded = new ArrayList<>();
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] parts = line.split(" ");
                if (parts.length > 1) {
                    loaded.add(parts[1]);
                }
            }
            return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8), loaded, lines);
        } finally {
            Files.deleteIfExists(log);
            Files.deleteIfExists(err);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"recommend --workload python --format json", "explain dhi.io/python:3.13-debian13-dev",
            "dockerfile --workload node", "catalog --search python"})
    void aCliCommandLoadsNeitherDatabindNorTheUiNorThePdfLibrary(String command) throws Exception {
        Run r = run(List.of(), command.split(" "));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.loaded()).as("classes loaded").hasSizeGreaterThan(500)
                .noneMatch(c -> c.startsWith("com.fasterxml.jackson.databind."))
                .noneMatch(c -> c.startsWith("javafx.") || c.startsWith("com.sun.javafx.") || c.startsWith("org.controlsfx."))
                .noneMatch(c -> c.startsWith("org.apache.pdfbox."));
    }

    @Test
    void theBundledCatalogComesFromItsCompactCopyInTheJar() throws Exception {
        Run r = run(List.of(), "explain", "dhi.io/python:3.13-debian13-dev");
        assertThat(r.code()).as(r.err()).isZero();
        // the reader of the copy's body is made only once the copy's stamp matches the bundled JSON
        assertThat(r.loaded()).contains("dev.dhipicker.catalog.CompactCatalog$Reader")
                .doesNotContain("dev.dhipicker.catalog.TreeBuilder");
    }

    @Test
    void theArchiveMadeByThePackageBuildFitsTheJar() throws Exception {
        Assumptions.assumeTrue(Files.exists(JSA), "no archive: built with -Dcds.skip=true");
        // -Xshare:on refuses to start when the archive does not match the jar and its class path
        Run r = run(List.of("-XX:SharedArchiveFile=" + JSA, "-Xshare:on"), "recommend", "--workload", "python");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).anyMatch(l -> l.contains(" dev.dhipicker.cli.Cli source: shared objects file"))
                .anyMatch(l -> l.contains(" dev.dhipicker.catalog.CompactCatalog source: shared objects file"));
    }
}
