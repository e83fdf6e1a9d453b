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

    private final CatalogImporter importer = new CatalogImporter();

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
    void skipsBrokenFilesWithTheReason(@TempDir Path dir) throws Exception {
        UpstreamFixture f = UpstreamFixture.standard(dir);
        f.file("image/alpha/debian-13/broken.yaml", "name: x\ntags: [unclosed\n");
        f.file("image/alpha/debian-13/novariant.yaml", "name: x\nimage: dhi.io/alpha\ntags: [\"9\"]\n");
        f.file("image/alpha/debian-13/weird.yaml", UpstreamFixture.definition("alpha", "sidecar", null, "root",
                new String[]{"9-sidecar"}, new String[]{"x"}, null));
        f.file("image/alpha/debian-13/wrongimage.yaml", UpstreamFixture.definition("beta", "runtime", null, "root",
                new String[]{"7"}, new String[]{"x"}, null));
        f.file("image/alpha/debian-13/badtag.yaml", UpstreamFixture.definition("alpha", "runtime", null, "root",
                new String[]{"-bad"}, new String[]{"x"}, null));
        f.file("image/alpha/debian-13/baddate.yaml", UpstreamFixture.definition("alpha", "runtime", null, "root",
                new String[]{"5"}, new String[]{"x"}, "2030-13-45"));
        f.file("image/gamma/debian-13/1.yaml", UpstreamFixture.definition("gamma", "runtime", null, "root",
                new String[]{"1"}, new String[]{"x"}, null));

        ImportResult r = importer.importFrom(dir, INFO, null);

        assertThat(r.skipped()).extracting(ImportResult.Skipped::file).containsExactly(
                "image/alpha/debian-13/baddate.yaml",
                "image/alpha/debian-13/badtag.yaml",
                "image/alpha/debian-13/broken.yaml",
                "image/alpha/debian-13/novariant.yaml",
                "image/alpha/debian-13/weird.yaml",
                "image/alpha/debian-13/wrongimage.yaml",
                "image/beta/config/settings.yaml",
                "image/gamma",
                "image/gamma/debian-13/1.yaml");
        assertThat(reason(r, "broken.yaml")).contains("broken YAML").contains("line");
        assertThat(reason(r, "novariant.yaml")).contains("no 'variant'");
        assertThat(reason(r, "weird.yaml")).contains("unknown variant 'sidecar'");
        assertThat(reason(r, "wrongimage.yaml")).contains("does not match its folder");
        assertThat(reason(r, "badtag.yaml")).contains("'-bad'");
        assertThat(reason(r, "baddate.yaml")).contains("2030-13-45");
        assertThat(reason(r, "settings.yaml")).contains("not in a <distro>-<version> folder");
        assertThat(r.definitions()).hasSize(5);
    }

    private static String reason(ImportResult r, String fileSuffix) {
        return r.skipped().stream().filter(s -> s.file().endsWith(fileSuffix)).findFirst().orElseThrow().reason();
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
