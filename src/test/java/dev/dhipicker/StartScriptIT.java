package dev.dhipicker;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start script packaging/dhi-picker after {@code mvn package}: the CLI as {@code java -jar}
 * (no JavaFX), the wizard with JavaFX on the module path and a quiet console. The wizard is run
 * to its first frame through the bench jar's probe under xvfb-run (skipped when there is neither
 * a display nor xvfb-run, except with CI=true).
 */
class StartScriptIT {
    static final Path SCRIPT = Path.of("packaging", "dhi-picker");
    static final Path BENCH = Path.of("target", "dhi-picker-bench.jar");

    record Result(int code, String out, String err) {
    }

    static Result run(List<String> cmd, Map<String, String> env, Path tmp) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().putAll(env);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", cmd)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The lines of the CLI's standard error other than its notice that the catalog is old (the bundled
     * one is, once it is more than 60 days past its snapshot date).
     */
    static List<String> besidesTheAgeNotice(String err) {
        return err.lines().filter(l -> !l.matches("dhi-picker: the catalog in use \\(.*\\) is snapshot .*, [0-9]+ days old: .*")).toList();
    }

    @Test
    void theCliRunsAsJavaJarWithoutJavaFx(@TempDir Path tmp) throws Exception {
        Result r = run(List.of(SCRIPT.toString(), "explain", "python:3.12-slim"), Map.of("DISPLAY", ""), tmp);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(besidesTheAgeNotice(r.err())).isEmpty();
        assertThat(r.out()).contains("python:3.12-slim");
        Result printed = run(List.of(SCRIPT.toString(), "explain", "x"), Map.of("DHI_PICKER_PRINT", "1"), tmp);
        assertThat(printed.out().lines().toList()).contains("-jar").doesNotContain("--module-path");
    }

    @Test
    void theWizardHasJavaFxOnTheModulePathAndOnlyItsPlatformJars(@TempDir Path tmp) throws Exception {
        Result printed = run(List.of(SCRIPT.toString()), Map.of("DHI_PICKER_PRINT", "1"), tmp);
        List<String> args = printed.out().lines().toList();
        int i = args.indexOf("--module-path");
        assertThat(i).isPositive();
        List<String> jars = new ArrayList<>();
        for (String entry : args.get(i + 1).split(":")) {
            jars.add(Path.of(entry).getFileName().toString());
        }
        assertThat(jars).hasSize(3).allSatisfy(j -> assertThat(j).matches("javafx-(base|graphics|controls)-[0-9.]+-[a-z0-9-]+\\.jar"));
        assertThat(args).contains("javafx.controls").endsWith("dev.dhipicker.Main");
    }

    @Test
    void aWizardStartPrintsNothingWhereTheClassPathStartWarns(@TempDir Path tmp) throws Exception {
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isEmpty();
        boolean xvfb = Files.isExecutable(Path.of("/usr/bin/xvfb-run"));
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(display || xvfb, "no display and no xvfb-run");
        }
        assertThat(BENCH).exists();
        List<String> prefix = display ? List.of() : List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24");
        Map<String, String> probe = Map.of("DHI_PICKER_MAIN", "dev.dhipicker.bench.WizardFirstFrame",
                "DHI_PICKER_CLASS_PATH", BENCH.toAbsolutePath().toString());
        List<String> script = new ArrayList<>(prefix);
        script.add(SCRIPT.toString());
        Result quiet = run(script, probe, tmp);
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.out()).as("the wizard reached its first frame").contains("first-frame-ms=");
        assertThat(quiet.err()).as("a normal start prints nothing").isEmpty();

        // the same wizard with JavaFX on the class path (as java -jar starts it) is what warned
        List<String> classPath = new ArrayList<>(prefix);
        classPath.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                "target/dhi-picker.jar:" + BENCH, "dev.dhipicker.bench.WizardFirstFrame"));
        Result warned = run(classPath, Map.of(), tmp);
        assertThat(warned.out()).contains("first-frame-ms=");
        assertThat(warned.err()).contains("Unsupported JavaFX configuration");
    }
}
