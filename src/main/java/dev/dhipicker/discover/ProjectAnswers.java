package dev.dhipicker.discover;

import dev.dhipicker.discover.InferredAnswer.Answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wizard's answers as a project's own files give them: the workload and its version line from
 * the files each toolchain reads ({@code .python-version}, {@code pyproject.toml}'s
 * {@code requires-python}, {@code package.json}'s {@code engines.node}, {@code .nvmrc},
 * {@code go.mod}'s {@code go}/{@code toolchain}, {@code pom.xml}'s {@code maven.compiler.release},
 * a Gradle toolchain, {@code global.json}'s SDK, {@code .ruby-version}, {@code composer.json}'s
 * {@code require.php}, {@code rust-toolchain(.toml)}), and glibc where something needs it (cgo's
 * {@code import "C"}, a Node native addon's {@code binding.gyp}, a declared dependency that a bundled,
 * sourced list names: {@link PackageAnswers}). A pure function of the files:
 * every answer names the file, the line and what was written there. A version range gives its
 * lower bound; a version is cut to the engine's line precision (major for Node, Java, .NET and
 * Rust; major.minor for Python, Go, Ruby and PHP).
 */
public final class ProjectAnswers {
    private static final Pattern REQUIRES_PYTHON = Pattern.compile("^\\s*requires-python\\s*=\\s*[\"']([^\"']+)[\"']",
            Pattern.MULTILINE);
    private static final Pattern ENGINES_NODE = Pattern.compile("\"engines\"\\s*:\\s*\\{[^}]*?\"node\"\\s*:\\s*\"([^\"]+)\"",
            Pattern.DOTALL);
    private static final Pattern GO = Pattern.compile("^go\\s+(\\d+\\.\\d+(?:\\.\\d+)?)\\s*$", Pattern.MULTILINE);
    private static final Pattern TOOLCHAIN = Pattern.compile("^toolchain\\s+go(\\d+\\.\\d+(?:\\.\\d+)?)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern MAVEN = Pattern.compile(
            "<(maven\\.compiler\\.release|maven\\.compiler\\.target|maven\\.compiler\\.source|java\\.version)>\\s*(?:1\\.)?(\\d+)\\s*</");
    private static final Pattern GRADLE = Pattern.compile("JavaLanguageVersion\\.of\\(\\s*(\\d+)\\s*\\)");
    private static final Pattern GLOBAL_JSON = Pattern.compile("\"sdk\"\\s*:\\s*\\{[^}]*?\"version\"\\s*:\\s*\"(\\d+)\\.",
            Pattern.DOTALL);
    private static final Pattern COMPOSER_PHP = Pattern.compile("\"require\"\\s*:\\s*\\{[^}]*?\"php\"\\s*:\\s*\"([^\"]+)\"",
            Pattern.DOTALL);
    private static final Pattern RUST_CHANNEL = Pattern.compile("^\\s*channel\\s*=\\s*\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern FIRST_VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?");
    private static final Pattern CGO = Pattern.compile("^import\\s+\"C\"\\s*$|^\\s+\"C\"\\s*$", Pattern.MULTILINE);

    private ProjectAnswers() {
    }

    /** Every answer the files give, in the order of the rules above; the same workload may appear more than once. */
    public static List<InferredAnswer> infer(ProjectFiles files) {
        return infer(files, PackageAnswers.bundled());
    }

    /** As {@link #infer(ProjectFiles)}, with the given package lists. */
    static List<InferredAnswer> infer(ProjectFiles files, PackageAnswers packages) {
        List<InferredAnswer> out = new ArrayList<>();
        simple(files, ".python-version", "python", "python-version", true, out);
        matched(files, "pyproject.toml", REQUIRES_PYTHON, 1, "python", "requires-python", true, out);
        matched(files, "package.json", ENGINES_NODE, 1, "node", "engines-node", false, out);
        simple(files, ".nvmrc", "node", "nvmrc", false, out);
        String gomod = files.read("go.mod");
        if (gomod != null) {
            Matcher t = TOOLCHAIN.matcher(gomod);
            Matcher g = GO.matcher(gomod);
            if (t.find()) {
                add(out, "go", "go.mod", gomod, t.start(1), "go-toolchain", t.group(1), true);
            } else if (g.find()) {
                add(out, "go", "go.mod", gomod, g.start(1), "go-mod", g.group(1), true);
            }
        }
        matched(files, "pom.xml", MAVEN, 2, "java", "maven-release", false, out);
        for (String gradle : List.of("build.gradle.kts", "build.gradle")) {
            if (matched(files, gradle, GRADLE, 1, "java", "gradle-toolchain", false, out)) {
                break;
            }
        }
        matched(files, "global.json", GLOBAL_JSON, 1, "dotnet", "global-json", false, out);
        simple(files, ".ruby-version", "ruby", "ruby-version", true, out);
        matched(files, "composer.json", COMPOSER_PHP, 1, "php", "composer-php", true, out);
        if (!matched(files, "rust-toolchain.toml", RUST_CHANNEL, 1, "rust", "rust-toolchain", false, out)) {
            simple(files, "rust-toolchain", "rust", "rust-toolchain", false, out);
        }
        libc(files, out);
        packages.infer(files, out);
        return out;
    }

    /**
     * The workload an answer's rule speaks for: the toolchain whose file it reads. A C-library answer
     * belongs to the code that links the C library ({@code cgo}: Go, {@code binding-gyp}: Node.js),
     * so a project with several workloads gives it to that one only.
     *
     * @throws IllegalArgumentException for a rule this class does not have
     */
    public static String workloadOf(String rule) {
        return switch (rule) {
            case "python-version", "requires-python", PackageAnswers.PYTHON_RULE -> "python";
            case "engines-node", "nvmrc", "binding-gyp", PackageAnswers.NODE_RULE -> "node";
            case "go-toolchain", "go-mod", "cgo" -> "go";
            case "maven-release", "gradle-toolchain" -> "java";
            case "global-json" -> "dotnet";
            case "ruby-version" -> "ruby";
            case "composer-php" -> "php";
            case "rust-toolchain" -> "rust";
            default -> throw new IllegalArgumentException("no workload for answer rule " + rule);
        };
    }

    private static void libc(ProjectFiles files, List<InferredAnswer> out) {
        if (files.read("go.mod") != null) {
            for (String go : files.find(n -> n.endsWith(".go"), 2000)) {
                String text = files.read(go);
                Matcher m = text == null ? null : CGO.matcher(text);
                if (m != null && m.find() && importBlockOrLine(text, m.start())) {
                    out.add(new InferredAnswer(Answer.LIBC, "glibc", go, lineOf(text, m.start()), "cgo", List.of(go)));
                    break;
                }
            }
        }
        List<String> gyp = files.find(n -> n.equals("binding.gyp"), 1);
        if (!gyp.isEmpty()) {
            out.add(new InferredAnswer(Answer.LIBC, "glibc", gyp.get(0), 0, "binding-gyp", List.of(gyp.get(0))));
        }
    }

    /** {@code "C"} on its own line counts only inside an {@code import (...)} block. */
    private static boolean importBlockOrLine(String text, int at) {
        if (text.startsWith("import", at)) {
            return true;
        }
        int open = text.lastIndexOf("import (", at);
        return open >= 0 && text.indexOf(')', open) > at;
    }

    private static void simple(ProjectFiles files, String file, String workload, String rule, boolean minor,
                               List<InferredAnswer> out) {
        String text = files.read(file);
        if (text == null) {
            return;
        }
        String first = text.strip().lines().findFirst().orElse("").strip();
        int at = text.indexOf(first);
        add(out, workload, file, text, Math.max(at, 0), rule, first, minor);
    }

    private static boolean matched(ProjectFiles files, String file, Pattern p, int group, String workload, String rule,
                                   boolean minor, List<InferredAnswer> out) {
        String text = files.read(file);
        if (text == null) {
            return false;
        }
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return false;
        }
        return add(out, workload, file, text, m.start(group), rule, m.group(group), minor);
    }

    /** The workload, and the version line when the written value names one. */
    private static boolean add(List<InferredAnswer> out, String workload, String file, String text, int at, String rule,
                               String written, boolean minor) {
        int line = lineOf(text, at);
        out.add(new InferredAnswer(Answer.WORKLOAD, workload, file, line, rule, List.of(file, written)));
        String v = line(written, minor);
        if (v != null) {
            out.add(new InferredAnswer(Answer.VERSION, v, file, line, rule, List.of(file, written)));
        }
        return true;
    }

    /**
     * The version line a written version or range names (its lower bound), or null: {@code >=3.11,<4} is 3.11,
     * {@code ^8.1} is 8.1, {@code v20.11.0} is 20, {@code lts/iron} and {@code stable} name none.
     */
    static String line(String written, boolean minor) {
        String w = written.strip();
        if (w.isEmpty() || Character.isLetter(w.charAt(0)) && !w.startsWith("v") && !w.startsWith("ruby-")
                && !w.startsWith("go")) {
            return null;
        }
        Matcher m = FIRST_VERSION.matcher(w);
        if (!m.find()) {
            return null;
        }
        if (!minor) {
            return m.group(1);
        }
        return m.group(2) == null ? null : m.group(1) + "." + m.group(2);
    }

    private static int lineOf(String text, int at) {
        int line = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
