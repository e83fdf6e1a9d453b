package dev.dhipicker.discover;

import dev.dhipicker.discover.InferredAnswer.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ProjectAnswersTest {

    /** Files from a map, as a project would hold them. */
    record MapFiles(Map<String, String> files) implements ProjectFiles {
        @Override
        public String read(String path) {
            return files.get(path);
        }

        @Override
        public List<String> find(Predicate<String> name, int limit) {
            return files.keySet().stream().sorted().filter(p -> name.test(p.substring(p.lastIndexOf('/') + 1)))
                    .limit(limit).toList();
        }
    }

    static List<InferredAnswer> infer(Map<String, String> files) {
        return ProjectAnswers.infer(new MapFiles(files));
    }

    @Test
    void eachToolchainFileGivesTheWorkloadAndItsLineAtTheEnginesPrecision() {
        assertThat(infer(Map.of(".python-version", "3.12.4\n"))).extracting(InferredAnswer::answer, InferredAnswer::value,
                InferredAnswer::line).containsExactly(tuple(Answer.WORKLOAD, "python", 1), tuple(Answer.VERSION, "3.12", 1));
        assertThat(infer(Map.of("pyproject.toml", "[project]\nname = \"x\"\nrequires-python = \">=3.11,<4\"\n")))
                .extracting(InferredAnswer::value, InferredAnswer::line).containsExactly(tuple("python", 3), tuple("3.11", 3));
        assertThat(infer(Map.of("package.json", "{\n  \"name\": \"a\",\n  \"engines\": {\n    \"npm\": \">=9\",\n"
                + "    \"node\": \">=20.10 <23\"\n  }\n}\n"))).extracting(InferredAnswer::value, InferredAnswer::line)
                .containsExactly(tuple("node", 5), tuple("20", 5));
        assertThat(values(infer(Map.of(".nvmrc", "v22.11.0\n")))).containsExactly("node", "22");
        assertThat(values(infer(Map.of(".nvmrc", "lts/iron\n")))).containsExactly("node");
        assertThat(values(infer(Map.of("go.mod", "module x\n\ngo 1.22.3\n\ntoolchain go1.23.1\n")))).containsExactly("go", "1.23");
        assertThat(values(infer(Map.of("go.mod", "module x\n\ngo 1.22\n")))).containsExactly("go", "1.22");
        assertThat(values(infer(Map.of("pom.xml", "<project><properties><maven.compiler.release>21</maven.compiler.release>"
                + "</properties></project>")))).containsExactly("java", "21");
        assertThat(values(infer(Map.of("pom.xml", "<properties><java.version>1.8</java.version></properties>"))))
                .containsExactly("java", "8");
        assertThat(values(infer(Map.of("build.gradle.kts", "java {\n  toolchain {\n    languageVersion.set(JavaLanguageVersion.of(17))\n"
                + "  }\n}\n")))).containsExactly("java", "17");
        assertThat(values(infer(Map.of("global.json", "{ \"sdk\": { \"version\": \"8.0.404\", \"rollForward\": \"latestFeature\" } }"))))
                .containsExactly("dotnet", "8");
        assertThat(values(infer(Map.of(".ruby-version", "ruby-3.3.5\n")))).containsExactly("ruby", "3.3");
        assertThat(values(infer(Map.of("composer.json", "{\"require\": {\"ext-json\": \"*\", \"php\": \"^8.2\"}}"))))
                .containsExactly("php", "8.2");
        assertThat(values(infer(Map.of("rust-toolchain.toml", "[toolchain]\nchannel = \"1.80.0\"\n")))).containsExactly("rust", "1");
        assertThat(values(infer(Map.of("rust-toolchain.toml", "[toolchain]\nchannel = \"stable\"\n")))).containsExactly("rust");
        assertThat(values(infer(Map.of("rust-toolchain", "nightly-2024-05-01\n")))).containsExactly("rust");
    }

    @Test
    void everyRuleSpeaksForTheWorkloadItsFileGives() throws Exception {
        // a project with every toolchain file at once: each answer's rule names the workload read with it
        List<InferredAnswer> all = infer(Map.ofEntries(Map.entry(".python-version", "3.12\n"),
                Map.entry("pyproject.toml", "requires-python = \">=3.11\"\n"),
                Map.entry("package.json", "{\"engines\": {\"node\": \">=20\"}, \"dependencies\": {\"puppeteer\": \"^22\"}}"),
                Map.entry("requirements.txt", "torch==2.5.1\n"), Map.entry(".nvmrc", "22\n"),
                Map.entry("go.mod", "module x\ngo 1.22\ntoolchain go1.23.1\n"), Map.entry("c.go", "import \"C\"\n"),
                Map.entry("pom.xml", "<maven.compiler.release>21</maven.compiler.release>"),
                Map.entry("build.gradle", "JavaLanguageVersion.of(17)"),
                Map.entry("global.json", "{\"sdk\": {\"version\": \"8.0.1\"}}"), Map.entry(".ruby-version", "3.3\n"),
                Map.entry("composer.json", "{\"require\": {\"php\": \"^8.2\"}}"), Map.entry("rust-toolchain", "1.80\n"),
                Map.entry("binding.gyp", "{}")));
        List<InferredAnswer> goMod = infer(Map.of("go.mod", "module x\ngo 1.22\n")); // go-mod: no toolchain line
        java.util.Set<String> rules = new java.util.TreeSet<>();
        for (InferredAnswer a : java.util.stream.Stream.concat(all.stream(), goMod.stream()).toList()) {
            List<InferredAnswer> project = all.contains(a) ? all : goMod;
            rules.add(a.rule());
            String workload = project.stream().filter(w -> w.answer() == Answer.WORKLOAD && w.file().equals(a.file()))
                    .map(InferredAnswer::value).findFirst().orElse(null);
            if (a.answer() == Answer.LIBC) {
                // cgo is read from a .go file, the addon from binding.gyp, listed packages from a manifest: their workload is one the project names
                assertThat(project).anySatisfy(w -> assertThat(w.value()).isEqualTo(ProjectAnswers.workloadOf(a.rule())));
            } else {
                assertThat(ProjectAnswers.workloadOf(a.rule())).as(a.toString()).isEqualTo(workload);
            }
        }
        // every rule the reports have a reason for is covered
        java.util.Properties bundle = new java.util.Properties();
        try (var in = ProjectAnswersTest.class.getResourceAsStream("/dev/dhipicker/i18n/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        java.util.Set<String> reasons = new java.util.TreeSet<>();
        bundle.stringPropertyNames().stream().filter(k -> k.startsWith("discover.answer."))
                .forEach(k -> reasons.add(k.substring("discover.answer.".length())));
        assertThat(rules).isEqualTo(reasons);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProjectAnswers.workloadOf("no-such-rule"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-rule");
    }

    @Test
    void cgoAndNativeAddonsAskForGlibcWithTheFileThatSaysSo() {
        List<InferredAnswer> go = infer(Map.of("go.mod", "module x\ngo 1.22\n", "main.go", "package main\n\nfunc main() {}\n",
                "native/c.go", "package native\n\n// #include <stdio.h>\nimport \"C\"\n"));
        assertThat(go).filteredOn(a -> a.answer() == Answer.LIBC).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo("glibc");
            assertThat(a.file()).isEqualTo("native/c.go");
            assertThat(a.line()).isEqualTo(4);
        });
        List<InferredAnswer> block = infer(Map.of("go.mod", "go 1.22\n", "a.go", "package a\nimport (\n\t\"fmt\"\n\t\"C\"\n)\n"));
        assertThat(block).filteredOn(a -> a.answer() == Answer.LIBC).hasSize(1);
        List<InferredAnswer> quoted = infer(Map.of("go.mod", "go 1.22\n", "a.go", "package a\nvar s = []string{\n\t\"C\"\n}\n"));
        assertThat(quoted).noneMatch(a -> a.answer() == Answer.LIBC);
        assertThat(infer(Map.of("package.json", "{}", "addon/binding.gyp", "{ 'targets': [] }")))
                .filteredOn(a -> a.answer() == Answer.LIBC).extracting(InferredAnswer::file).containsExactly("addon/binding.gyp");
        assertThat(infer(Map.of("main.go", "import \"C\"\n"))).as("no go.mod: not a Go project").isEmpty();
    }

    @Test
    void onDiskOnlyFilesInsideTheProjectAreReadAndDependencyFoldersAreSkipped(@TempDir Path tmp) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("p"));
        Files.writeString(tmp.resolve("outside.txt"), "3.9\n");
        Files.createSymbolicLink(root.resolve(".python-version"), tmp.resolve("outside.txt"));
        Files.createDirectories(root.resolve("node_modules/x"));
        Files.writeString(root.resolve("node_modules/x/binding.gyp"), "{}");
        Files.writeString(root.resolve(".nvmrc"), "20\n");
        assertThat(ProjectAnswers.infer(new DiskProjectFiles(root, WalkLimits.standard())))
                .extracting(InferredAnswer::value).containsExactly("node", "20");
    }

    static List<String> values(List<InferredAnswer> answers) {
        return answers.stream().map(InferredAnswer::value).toList();
    }
}
