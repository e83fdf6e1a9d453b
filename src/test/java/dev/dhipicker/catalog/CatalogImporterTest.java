package dev.dhipicker.catalog;

import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.Libc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogImporterTest {

    static final CatalogInfo INFO = new CatalogInfo("https://example.invalid/catalog", "0123abc",
            LocalDate.parse("2026-08-22"), "test");

    /** The fixture's one non-definition file, listed like the upstream ones. */
    static final java.util.Map<String, String> SKIP = java.util.Map.of("image/beta/config/settings.yaml",
            "a made-up configuration file");

    private final CatalogImporter importer = new CatalogImporter(SKIP);

    private static ImageDefinition def(ImportResult r, String file) {
        return r.definitions().stream().filter(d -> d.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void importsEveryDefinitionWithItsFacts(@TempDir Path dir) throws Exception {
        UpstreamFixture.standard(dir);
        ImportResult r = importer.importFrom(dir, INFO, null);

        assertThat(r.repositories()).extracting(Repository::name).containsExactly("alpha", "beta");
        assertThat(r.repositories().get(0).tools()).containsExactly(new Tool("tool-a", "first tool"));
        assertThat(r.definitions()).hasSize(5);

        ImageDefinition runtime = def(r, "debian-13/2.yaml");
        assertThat(runtime.variant()).isEqualTo(Variant.RUNTIME);
        assertThat(runtime.distro()).isEqualTo(DistroFamily.DEBIAN);
        assertThat(runtime.distroVersion()).isEqualTo("13");
        assertThat(runtime.libc()).isEqualTo(Libc.GLIBC);
        assertThat(runtime.version()).isEqualTo("2.1.3");
        assertThat(runtime.user()).isEqualTo("appuser");
        assertThat(runtime.uid()).isEqualTo(1234);
        assertThat(runtime.gid()).isEqualTo(1235);
        assertThat(runtime.endOfLife()).isEqualTo(LocalDate.parse("2030-01-31"));
        assertThat(runtime.packageCount()).as("the '!dpkg' exclusion is not an installed package").isEqualTo(2);
        assertThat(runtime.shell()).isFalse();
        assertThat(runtime.packageManager()).isFalse();
        assertThat(runtime.cmd()).containsExactly("tool-a");

        ImageDefinition dev = def(r, "debian-13/2-dev.yaml");
        assertThat(dev.variant()).isEqualTo(Variant.DEV);
        assertThat(dev.uid()).isZero();
        assertThat(dev.shell()).isTrue();
        assertThat(dev.packageManager()).isTrue();

        ImageDefinition compat = def(r, "debian-13/2-compat.yaml");
        assertThat(compat.flavors()).containsExactly("compat");
        assertThat(compat.extraPackages()).containsExactly("bash", "coreutils");
        assertThat(compat.shell()).isTrue();

        ImageDefinition alpine = def(r, "alpine-3.24/2.yaml");
        assertThat(alpine.libc()).isEqualTo(Libc.MUSL);
        assertThat(alpine.endOfLife()).isNull();
    }

    @Test
    void keepsUnquotedNumericTagsAsWritten(@TempDir Path dir) throws Exception {
        UpstreamFixture.standard(dir);
        ImportResult r = importer.importFrom(dir, INFO, null);
        ImageDefinition beta = r.definitions().stream().filter(d -> d.repository().equals("beta")).findFirst().orElseThrow();
        assertThat(beta.tags()).containsExactly("8.10", "8.10.1-debian13");
        assertThat(beta.uid()).isEqualTo(999);
        assertThat(beta.user()).isEqualTo("999");
        assertThat(beta.ports()).containsExactly("8443/tcp");
        assertThat(beta.entrypoint()).containsExactly("beta-server");
    }

    @Test
    void readsChartsWithThePinnedImages(@TempDir Path dir) throws Exception {
        UpstreamFixture.standard(dir);
        ImportResult r = importer.importFrom(dir, INFO, null);
        assertThat(r.charts()).hasSize(1);
        HelmChart c = r.charts().get(0);
        assertThat(c.ociReference()).isEqualTo("oci://dhi.io/beta-chart");
        assertThat(c.latest().version()).isEqualTo("1.4.2");
        assertThat(c.latest().images()).containsExactly(
                new ChartImage("beta", "dhi.io/beta:8.10.1-debian13@sha256:" + "ab".repeat(32)));
    }

    @Test
    void leavesOutOnlyTheFilesOfTheSkipListWithTheirReason(@TempDir Path dir) throws Exception {
        UpstreamFixture.standard(dir);
        ImportResult r = importer.importFrom(dir, INFO, null);
        assertThat(r.skipped()).containsExactly(new ImportResult.Skipped("image/beta/config/settings.yaml",
                "a made-up configuration file"));
    }

    @Test
    void theUpstreamSkipListNamesTheThreeConfigurationFilesWithAReason() {
        assertThat(CatalogImporter.UPSTREAM_SKIP_LIST).containsOnlyKeys(
                "image/data-prepper/files/default-data-prepper-config.yaml",
                "image/data-prepper/files/default-pipelines.yaml",
                "image/tempo/config/tempo-v3.yaml");
        assertThat(CatalogImporter.UPSTREAM_SKIP_LIST.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void reportsProgressUpToTheTotal(@TempDir Path dir) throws Exception {
        UpstreamFixture.standard(dir);
        List<int[]> calls = new ArrayList<>();
        ImportResult r = importer.importFrom(dir, INFO, (done, total) -> calls.add(new int[]{done, total}));
        assertThat(calls).isNotEmpty();
        int[] last = calls.get(calls.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isEqualTo(r.filesRead());
    }

    @Test
    void outputIsDeterministicAndLoadable(@TempDir Path dir) throws Exception {
        UpstreamFixture.standard(dir);
        CatalogJsonWriter writer = new CatalogJsonWriter();
        byte[] first = writer.write(importer.importFrom(dir, INFO, null));
        byte[] second = writer.write(importer.importFrom(dir, INFO, null));
        assertThat(second).isEqualTo(first);

        Catalog c = new CatalogLoader().load("fixture.json", new ByteArrayInputStream(first));
        assertThat(c.repositories()).hasSize(2);
        assertThat(c.definitionByTag("alpha", "2.1.3-debian13-dev")).isPresent();
        assertThat(c.chartsPinning("beta")).extracting(HelmChart::name).containsExactly("beta");
        assertThat(c.info().upstreamCommit()).isEqualTo("0123abc");
    }

    @Test
    void refusesAFolderWithoutTheUpstreamLayout(@TempDir Path dir) {
        assertThatThrownBy(() -> importer.importFrom(dir, INFO, null))
                .isInstanceOf(CatalogException.class).hasMessageContaining("no image/ folder");
    }
}
