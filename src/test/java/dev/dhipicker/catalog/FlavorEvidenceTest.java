package dev.dhipicker.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which flavour a definition is, decided from all its evidence: the flavor field, a flavour word
 * in every tag, the DHI images its contents and vars name. The fixtures are made up in the
 * upstream layout; the last test is the table of the bundled catalog's default builds.
 */
class FlavorEvidenceTest {
    private static final CatalogInfo INFO = new CatalogInfo("https://example.com/catalog", "0".repeat(40),
            LocalDate.parse("2026-01-01"), "test");

    private static String def(String repo, String flavor, String[] tags, String extra) {
        String base = UpstreamFixture.definition(repo, "dev", flavor, "root", tags, new String[]{"busybox"}, null);
        return base + extra;
    }

    private static ImportResult importRepo(Path dir, String repo, String... fileAndContent) throws Exception {
        UpstreamFixture f = new UpstreamFixture(dir);
        f.info(repo, repo);
        for (int i = 0; i < fileAndContent.length; i += 2) {
            f.file("image/" + repo + "/" + fileAndContent[i], fileAndContent[i + 1]);
        }
        return new CatalogImporter().importFrom(dir, INFO, null);
    }

    private static ImageDefinition find(ImportResult r, String file) {
        return r.definitions().stream().filter(d -> d.file().equals(file)).findFirst().orElseThrow();
    }

    /** Each row: the evidence a definition has, and the flavour the catalog model decides. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            default build: no flavour word, contents name php 8.5    | artifact | dhi.io/php:8.5.1-alpine3.22@sha256:%s | php8.5 | true
            default build: no flavour word, vars name php 8.5        | var      | dhi/php:8.5.1-alpine3.22@sha256:%s     | php8.5 | true
            default build whose contents name a PHP no sibling has   | artifact | dhi.io/php:8.6.0-alpine3.22@sha256:%s  | php8.6 | true
            no contents naming the component: stays standard         | none     | -                                      | -      | false
            """)
    void aDefaultBuildTakesItsFlavourFromWhatItIsBuiltFrom(String row, String where, String reference, String flavor,
                                                          boolean implied, @TempDir Path dir) throws Exception {
        String ref = reference.formatted("ab".repeat(32));
        String evidence = switch (where) {
            case "artifact" -> "  artifacts:\n    - name: " + ref + "\n";
            case "var" -> "vars:\n  PHP_REFERENCE: " + ref + "\n";
            default -> "";
        };
        String defaultBuild = UpstreamFixture.definition("tool", "dev", null, "root",
                new String[]{"2-alpine3.22-dev", "2.1-alpine3.22-dev"}, new String[]{"busybox"}, null);
        if (where.equals("artifact")) {
            defaultBuild = defaultBuild.replace("accounts:", evidence + "accounts:");
        } else {
            defaultBuild = defaultBuild + evidence;
        }
        ImportResult r = importRepo(dir, "tool",
                "alpine-3.22/php8.4-dev.yaml", def("tool", "php8.4", new String[]{"2-alpine3.22-php8.4-dev"}, ""),
                "alpine-3.22/php8.5-dev.yaml", defaultBuild);
        ImageDefinition d = find(r, "alpine-3.22/php8.5-dev.yaml");
        assertThat(d.flavors()).isEqualTo(flavor.equals("-") ? List.of() : List.of(flavor));
        assertThat(d.flavorImplied()).isEqualTo(implied);
        assertThat(find(r, "alpine-3.22/php8.4-dev.yaml").flavorImplied()).isFalse();
        assertThat(r.disagreements()).isEmpty();
    }

    @Test
    void aFlavourWordInEveryTagIsTheFlavourWhenTheFieldIsAbsent(@TempDir Path dir) throws Exception {
        String vars = "vars:\n  POSTGRES_RUNTIME_REFERENCE: dhi/postgres:16.4-debian13@sha256:" + "cd".repeat(32) + "\n";
        ImportResult r = importRepo(dir, "vector",
                "debian-13/0.8-pg16-dev.yaml", def("vector", null, new String[]{"pg16-dev", "0.8-pg16-dev"}, vars),
                "debian-13/0.8-pg17-dev.yaml", def("vector", null, new String[]{"pg17-dev", "0.8-pg17-dev"}, ""));
        assertThat(find(r, "debian-13/0.8-pg16-dev.yaml").flavors()).containsExactly("pg16");
        assertThat(find(r, "debian-13/0.8-pg16-dev.yaml").flavorImplied()).isFalse();
        assertThat(find(r, "debian-13/0.8-pg16-dev.yaml").components()).containsExactly("postgres:16.4");
        assertThat(find(r, "debian-13/0.8-pg17-dev.yaml").flavors()).containsExactly("pg17");
    }

    @Test
    void aFlavourWordInOnlySomeTagsIsNoFlavour(@TempDir Path dir) throws Exception {
        ImportResult r = importRepo(dir, "vector",
                "debian-13/1.yaml", def("vector", null, new String[]{"1-dev", "1-pg16-dev"}, ""));
        assertThat(find(r, "debian-13/1.yaml").flavors()).isEmpty();
    }

    @Test
    void sourcesThatDisagreeAreReportedAndTheFlavorFieldIsKept(@TempDir Path dir) throws Exception {
        String vars = "vars:\n  PHP_REFERENCE: dhi/php:8.5.1-debian13@sha256:" + "ef".repeat(32) + "\n";
        ImportResult r = importRepo(dir, "tool",
                "debian-13/php8.4-dev.yaml", def("tool", "php8.4", new String[]{"2-php8.4-dev"}, vars),
                "debian-13/php8.3-dev.yaml", def("tool", "php8.3", new String[]{"2-php8.2-dev"}, ""));
        assertThat(find(r, "debian-13/php8.4-dev.yaml").flavors()).containsExactly("php8.4");
        assertThat(r.disagreements()).containsExactly(
                "image/tool/debian-13/php8.3-dev.yaml: the tags say 'php8.2', the flavor field says [php8.3]",
                "image/tool/debian-13/php8.4-dev.yaml: flavor word 'php8.4' but it is built from php 8.5.1",
                "image/tool/debian-13/php8.4-dev.yaml: tag word 'php8.4' but it is built from php 8.5.1");
    }

    /**
     * The bundled catalog's default builds whose tags carry no flavour: found by a scan of the
     * upstream definitions (see docs/notes/accuracy-evidence.md) and checked here on the JSON.
     */
    @Test
    void theBundledCatalogsDefaultBuildsWithAnImpliedFlavour() throws Exception {
        Catalog c = new CatalogLoader().loadBundled();
        TreeSet<String> implied = new TreeSet<>();
        for (Repository repo : c.repositories()) {
            for (ImageDefinition d : c.definitions(repo.name())) {
                if (d.flavorImplied()) {
                    implied.add(d.repository() + " " + d.file() + " " + d.flavors() + " " + String.join(",", d.components()));
                    assertThat(d.tags()).noneMatch(t -> t.contains(d.flavors().get(0)));
                }
            }
        }
        assertThat(implied).containsExactly(
                "composer alpine-3.22/latest-php8.5-dev.yaml [php8.5] php:8.5.9",
                "composer alpine-3.22/lts-php8.5-dev.yaml [php8.5] php:8.5.9",
                "pytorch debian-13/2-cuda12.6-dev.yaml [python3.11] python:3.11.15",
                "pytorch debian-13/2-cuda12.6.yaml [python3.11] python:3.11.15",
                "pytorch debian-13/2-cuda12.8-dev.yaml [python3.11] python:3.11.16",
                "pytorch debian-13/2-cuda12.8.yaml [python3.11] python:3.11.16",
                "pytorch debian-13/2-cuda13.0-dev.yaml [python3.11] python:3.11.16",
                "pytorch debian-13/2-cuda13.0.yaml [python3.11] python:3.11.16");
    }
}
