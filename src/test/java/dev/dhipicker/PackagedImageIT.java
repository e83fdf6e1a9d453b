package dev.dhipicker;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app image that {@code mvn -Ppackage package} builds (packaging/jpackage.sh), run in place:
 * the CLI without JavaFX, the wizard with JavaFX on the module path and a quiet console, both
 * with the image's AppCDS archive. Skipped when there is no image (a build without -Ppackage);
 * the wizard also when there is neither a display nor xvfb-run (except with CI=true).
 */
class PackagedImageIT {
    static final Path IMAGE = Path.of("target", "jpackage", "dhi-picker");
    static final Path LAUNCHER = IMAGE.resolve(Path.of("bin", "dhi-picker"));
    static final Path APP = IMAGE.resolve(Path.of("lib", "app"));
    static final Path BENCH = Path.of("target", "dhi-picker-bench.jar");

    @BeforeEach
    void needsTheImage() {
        Assumptions.assumeTrue(Files.isExecutable(LAUNCHER), "no app image: build it with mvn -Ppackage package");
    }

    static StartScriptIT.Result run(List<String> cmd, Map<String, String> env, Path tmp) throws IOException, InterruptedException {
        return StartScriptIT.run(cmd, env, tmp);
    }

    @Test
    void theImageKeepsJavaFxOffTheClassPathAndOnTheModulePath() throws Exception {
        List<String> cfg = Files.readAllLines(APP.resolve("dhi-picker.cfg"));
        assertThat(cfg).filteredOn(l -> l.startsWith("app.classpath=")).isNotEmpty()
                .noneMatch(l -> l.contains("javafx-"));
        assertThat(cfg).contains("java-options=--module-path=$APPDIR/javafx", "java-options=--add-modules=javafx.controls");
        List<String> jars = new ArrayList<>();
        try (var files = Files.list(APP.resolve("javafx"))) {
            files.forEach(f -> jars.add(f.getFileName().toString()));
        }
        assertThat(jars).hasSize(3).allSatisfy(j -> assertThat(j).matches("javafx-(base|graphics|controls)-[0-9.]+-[a-z0-9-]+\\.jar"));
    }

    @Test
    void theCliRunsQuietlyWithTheArchive(@TempDir Path tmp) throws Exception {
        StartScriptIT.Result r = run(List.of(LAUNCHER.toString(), "recommend", "--workload", "python"), Map.of("DISPLAY", ""), tmp);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("dhi.io/python");
        assertThat(StartScriptIT.besidesTheAgeNotice(r.err())).isEmpty();

        // -Xshare:on makes the JVM fail instead of silently running without an archive that does not fit
        assertThat(APP.resolve("dhi-picker.jsa")).exists();
        StartScriptIT.Result shared = run(List.of(LAUNCHER.toString(), "explain", "python:3.12-slim"),
                Map.of("DISPLAY", "", "JAVA_TOOL_OPTIONS", "-Xshare:on"), tmp);
        assertThat(shared.code()).as(shared.err()).isZero();
    }

    @Test
    void aWizardStartPrintsNothing(@TempDir Path tmp) throws Exception {
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isEmpty();
        boolean xvfb = Files.isExecutable(Path.of("/usr/bin/xvfb-run"));
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(display || xvfb, "no display and no xvfb-run");
        }
        assertThat(BENCH).exists();
        // A jpackage launcher reads lib/app/<its own name>.cfg: a copy of it whose .cfg names the bench
        // jar's first-frame probe runs the wizard with the image's runtime, options and archive.
        String probe = "dhi-picker-it-" + ProcessHandle.current().pid();
        Path copy = LAUNCHER.resolveSibling(probe);
        Path probeCfg = APP.resolve(probe + ".cfg");
        List<String> cfg = new ArrayList<>();
        for (String line : Files.readAllLines(APP.resolve("dhi-picker.cfg"))) {
            cfg.add(line.startsWith("app.mainclass=") ? "app.mainclass=dev.dhipicker.bench.WizardFirstFrame" : line);
        }
        int last = 0;
        for (int i = 0; i < cfg.size(); i++) {
            if (cfg.get(i).startsWith("app.classpath=")) {
                last = i;
            }
        }
        cfg.add(last + 1, "app.classpath=" + BENCH.toAbsolutePath());
        try {
            Files.write(probeCfg, cfg);
            Files.copy(LAUNCHER, copy);
            List<String> cmd = new ArrayList<>(display ? List.of() : List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24"));
            cmd.add(copy.toString());
            StartScriptIT.Result quiet = run(cmd, Map.of(), tmp);
            assertThat(quiet.code()).as(quiet.err()).isZero();
            assertThat(quiet.out()).as("the wizard reached its first frame").contains("first-frame-ms=");
            assertThat(quiet.err()).as("a normal start prints nothing").isEmpty();
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(probeCfg);
        }
    }
}
