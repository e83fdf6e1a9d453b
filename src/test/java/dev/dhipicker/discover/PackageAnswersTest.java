package dev.dhipicker.discover;

import dev.dhipicker.discover.InferredAnswer.Answer;
import dev.dhipicker.discover.ProjectAnswersTest.MapFiles;
import dev.dhipicker.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackageAnswersTest {
    /** A list of our own, so that these tests do not depend on what the bundled lists hold today. */
    private static final String PY_LIST = "# test list\n"
            + "tensorflow\tmanylinux-only\t2.20.0\t2026-12-04\thttps://example.org/tf\tmanylinux only\n"
            + "jaxlib\tmanylinux-only-no-sdist\t0.5.0\t2026-12-04\thttps://example.org/jax\tno sdist\n"
            + "zope-interface\tmanylinux-only\t1\t2026-12-04\thttps://example.org/z\tnormalised name\n";
    private static final String NODE_LIST = "@tensorflow/tfjs-node\tglibc-library\t3.18.0\t2026-12-04\thttps://example.org/t\tx\n"
            + "puppeteer\tglibc-browser\t23\t2026-12-04\thttps://example.org/p\tx\n";
    private static final PackageAnswers LISTS = new PackageAnswers(GlibcPackages.parse("py.tsv", PY_LIST),
            GlibcPackages.parse("node.tsv", NODE_LIST));

    private static List<InferredAnswer> libc(Map<String, String> files) {
        return ProjectAnswers.infer(new MapFiles(files), LISTS).stream().filter(a -> a.answer() == Answer.LIBC).toList();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "tensorflow                                  | tensorflow",
            "tensorflow==2.16.1                          | tensorflow",
            "TensorFlow>=2.15,<3                         | tensorflow",
            "tensorflow[and-cuda]~=2.16                  | tensorflow",
            "tensorflow ; python_version >= '3.9'        | tensorflow",
            "tensorflow ; sys_platform == 'linux'        | tensorflow",
            "tensorflow ; sys_platform == 'darwin' or platform_machine == 'x86_64' | tensorflow",
            "jaxlib @ https://example.org/jaxlib-0.5.0.whl | jaxlib",
            "Zope.Interface==6.0                         | zope-interface",
            "zope_interface                              | zope-interface",
            "tensorflow   # the model server              | tensorflow",
            "`  tensorflow==2.16.1 \\`                    | tensorflow",
            "# tensorflow                                | ",
            "tensorflow-io==0.37                         | ",
            "tensorflowjs                                | ",
            "-r tensorflow.txt                           | ",
            "--requirement tensorflow.txt                | ",
            "-e git+https://example.org/tensorflow.git#egg=tensorflow | ",
            "--hash=sha256:tensorflow                    | ",
            "https://example.org/tensorflow-2.16.whl     | ",
            "tensorflow ; sys_platform == 'darwin'       | ",
            "tensorflow; platform_system == \"Windows\"  | ",
            "numpy==2.1                                  | ",
    })
    void aRequirementLineNamesAListedPackageOrNot(String line, String expected) {
        List<InferredAnswer> answers = libc(Map.of("requirements.txt", "flask\n" + line + "\n"));
        if (expected == null) {
            assertThat(answers).as(line).isEmpty();
        } else {
            assertThat(answers).as(line).singleElement().satisfies(a -> {
                assertThat(a.value()).isEqualTo("glibc");
                assertThat(a.rule()).isEqualTo("python-no-musl-wheel");
                assertThat(a.file()).isEqualTo("requirements.txt");
                assertThat(a.line()).isEqualTo(2);
                assertThat(a.args().get(1)).isEqualTo(expected);
            });
        }
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "requirements.txt        | true",
            "requirements-prod.txt   | true",
            "requirements_base.txt   | true",
            "requirements-dev.txt    | false",
            "requirements_test.txt   | false",
            "requirements-docs.txt   | false",
            "requirements-docker.txt | true",
            "requirements-ci.txt     | false",
            "requirements.in         | false",
            "dev-requirements.txt    | false",
    })
    void onlyRunTimeRequirementsFilesAreRead(String name, boolean read) {
        assertThat(libc(Map.of("svc/" + name, "tensorflow\n"))).as(name).hasSize(read ? 1 : 0);
    }

    @Test
    void pyprojectReadsProjectAndPoetryDependenciesButNotOptionalOrDevelopmentGroups() {
        String pep621 = "[project]\nname = \"svc\"\nrequires-python = \">=3.11\"\ndependencies = [\n  \"flask>=3\",\n"
                + "  \"jaxlib>=0.4 ; platform_machine == 'x86_64'\",  # accelerators\n  # \"tensorflow\",\n]\n\n"
                + "[project.optional-dependencies]\ngpu = [\"tensorflow\"]\n";
        assertThat(libc(Map.of("pyproject.toml", pep621))).extracting(a -> a.args().get(1), InferredAnswer::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("jaxlib", 6));
        String oneLine = "[project]\ndependencies = [\"tensorflow==2.16\", \"jaxlib\"]\n";
        assertThat(libc(Map.of("pyproject.toml", oneLine))).extracting(a -> a.args().get(1))
                .containsExactly("tensorflow", "jaxlib");
        String poetry = "[tool.poetry]\nname = \"svc\"\n\n[tool.poetry.dependencies]\npython = \"^3.12\"\n"
                + "tensorflow = \"^2.16\"\n\"Zope.Interface\" = { version = \"^6\" }\n"
                + "jaxlib = { version = \"*\", markers = \"sys_platform == 'darwin'\" }\n"
                + "jaxlib = { version = \"*\", optional = true }\n\n"
                + "[tool.poetry.group.dev.dependencies]\npuppeteer = \"*\"\n";
        assertThat(libc(Map.of("pyproject.toml", poetry))).extracting(a -> a.args().get(1), InferredAnswer::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tensorflow", 6),
                        org.assertj.core.groups.Tuple.tuple("zope-interface", 7));
    }

    @Test
    void pipfileReadsPackagesNotDevPackages() {
        String pipfile = "[[source]]\nurl = \"https://pypi.org/simple\"\n\n[packages]\nflask = \"*\"\n"
                + "tensorflow = \"==2.16.1\"\n\n[dev-packages]\njaxlib = \"*\"\n";
        assertThat(libc(Map.of("Pipfile", pipfile))).extracting(InferredAnswer::file, InferredAnswer::line,
                a -> a.args().get(1)).containsExactly(org.assertj.core.groups.Tuple.tuple("Pipfile", 6, "tensorflow"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"dependencies\": {\"express\": \"^4\", \"puppeteer\": \"^23\"}}`                | puppeteer",
            "`{\"optionalDependencies\": {\"@tensorflow/tfjs-node\": \"4.22.0\"}}`               | @tensorflow/tfjs-node",
            "`{\"devDependencies\": {\"puppeteer\": \"^23\"}}`                                  | ",
            "`{\"peerDependencies\": {\"puppeteer\": \"*\"}}`                                   | ",
            "`{\"scripts\": {\"puppeteer\": \"node x\"}, \"dependencies\": {}}`                  | ",
            "`{\"overrides\": {\"dependencies\": {\"puppeteer\": \"1\"}}}`                       | ",
            "`{\"dependencies\": {\"puppeteer-core\": \"^23\"}}`                                | ",
            "`{\"description\": \"uses \\\"puppeteer\\\": yes\", \"dependencies\": {\"a\": \"1\"}}` | ",
            "`{\"dependencies\": {\"puppeteer\": `                                             | puppeteer",
            "`not json`                                                                     | ",
    })
    void packageJsonRunTimeDependenciesOnly(String json, String expected) {
        List<InferredAnswer> answers = libc(Map.of("web/package.json", json));
        if (expected == null) {
            assertThat(answers).as(json).isEmpty();
        } else {
            assertThat(answers).as(json).singleElement().satisfies(a -> {
                assertThat(a.rule()).isEqualTo("node-glibc-package");
                assertThat(a.file()).isEqualTo("web/package.json");
                assertThat(a.args()).startsWith("web/package.json", expected);
            });
        }
    }

    @Test
    void theAnswerNamesTheLineAndReadsInBothLanguages() {
        String json = "{\n  \"name\": \"shots\",\n  \"dependencies\": {\n    \"express\": \"^4.19.0\",\n"
                + "    \"puppeteer\": \"^23.1.0\"\n  }\n}\n";
        InferredAnswer a = libc(Map.of("package.json", json)).get(0);
        assertThat(a.line()).isEqualTo(5);
        assertThat(a.args()).containsExactly("package.json", "puppeteer", "glibc-browser", "23");
        String en = new ReportTexts(Messages.english()).answer(a);
        assertThat(en).contains("package.json", "puppeteer", "browser", "23").doesNotContain("glibc-browser");
        String zh = new ReportTexts(Messages.forLocale(Locale.SIMPLIFIED_CHINESE)).answer(a);
        assertThat(zh).contains("puppeteer", "浏览器").doesNotContain("glibc-browser");
    }

    @Test
    void aPackageIsReportedOncePerFile() {
        assertThat(libc(Map.of("requirements.txt", "tensorflow\ntensorflow==2.16\n", "api/requirements.txt",
                "tensorflow\n"))).extracting(InferredAnswer::file).containsExactly("api/requirements.txt", "requirements.txt");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`a\tmanylinux-only\t1\t2026-12-04\thttps://x.org`                         | l.tsv:2: expected 6 tab-separated columns",
            "`a\tsomehow\t1\t2026-12-04\thttps://x.org\te`                             | l.tsv:2: unknown reason 'somehow'",
            "`a\tmanylinux-only\t1\t4 Dec 2026\thttps://x.org\te`                      | l.tsv:2: checked date '4 Dec 2026' is not YYYY-MM-DD",
            "`a\tmanylinux-only\t1\t2026-12-04\thttp://x.org\te`                       | l.tsv:2: source 'http://x.org' is not an https URL",
            "`a\tmanylinux-only\t1\t2026-12-04\thttps://x.org  https://y.org\te`       | l.tsv:2: source '' is not an https URL",
            "`a\tmanylinux-only\t\t2026-12-04\thttps://x.org\te`                       | l.tsv:2: column 3 is empty",
            "` a\tmanylinux-only\t1\t2026-12-04\thttps://x.org\te`                     | l.tsv:2: column 1 is empty or has blanks",
    })
    void aMalformedRowIsRejectedNamingFileLineAndWhat(String row, String message) {
        assertThatThrownBy(() -> GlibcPackages.parse("l.tsv", "# header\n" + row.replace("\\t", "\t") + "\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void theBundledListsLoadWithNormalisedNamesAndTheirSources() {
        GlibcPackages python = GlibcPackages.bundled(GlibcPackages.PYTHON);
        GlibcPackages node = GlibcPackages.bundled(GlibcPackages.NODE);
        assertThat(python.entries()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.name()).isEqualTo(DeclaredDependencies.normalise(e.name()));
            assertThat(e.why()).startsWith("manylinux-only");
        });
        assertThat(node.entries()).isNotEmpty().allSatisfy(e -> assertThat(e.why()).startsWith("glibc-"));
        // packages that publish musl builds today must not be listed (see the lists' headers)
        assertThat(python.entries()).extracting(GlibcPackages.Entry::name)
                .doesNotContain("numpy", "pandas", "scipy", "cryptography", "grpcio", "pyarrow", "opencv-python");
        assertThat(node.entries()).extracting(GlibcPackages.Entry::name)
                .doesNotContain("sharp", "better-sqlite3", "esbuild", "@swc/core", "canvas");
        assertThat(libc(Map.of("requirements.txt", "tensorflow\n"))).hasSize(1);
        assertThat(ProjectAnswers.infer(new MapFiles(Map.of("requirements.txt", "torch==2.5\n"))))
                .extracting(InferredAnswer::rule).containsExactly("python-no-musl-wheel");
    }

    @Test
    void aPackageListedTwiceIsRejected() {
        String row = "a\tmanylinux-only\t1\t2026-12-04\thttps://x.org\te\n";
        assertThatThrownBy(() -> GlibcPackages.parse("l.tsv", row + "\n" + row))
                .hasMessage("l.tsv:3: package 'a' is listed twice");
    }
}
