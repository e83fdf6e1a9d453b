package dev.dhipicker.catalog;

import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.catalog.ref.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Facts about the bundled catalog, generated from the real upstream definitions. */
class BundledCatalogTest {

    static Catalog catalog;

    @BeforeAll
    static void load() throws Exception {
        catalog = new CatalogLoader().loadBundled();
    }

    @Test
    void coversEveryUpstreamRepository() {
        assertThat(catalog.repositories()).hasSize(554);
        assertThat(catalog.definitionCount()).isGreaterThan(2500);
        assertThat(catalog.charts()).hasSizeGreaterThan(80);
        assertThat(catalog.info().upstreamCommit()).startsWith("30c3db97");
        assertThat(catalog.info().snapshotDate()).isEqualTo(LocalDate.parse("2026-08-22"));
    }

    @Test
    void everyBundledTagRoundTrips() throws Exception {
        List<String> broken = new ArrayList<>();
        int n = 0;
        for (Repository r : catalog.repositories()) {
            for (ImageDefinition d : catalog.definitions(r.name())) {
                for (String t : d.tags()) {
                    n++;
                    Tag parsed = Tag.parse(t);
                    if (!parsed.format().equals(t)) {
                        broken.add(t);
                    }
                    ImageReference ref = ImageReference.parse("dhi.io/" + r.name() + ":" + t);
                    if (!ref.format().equals("dhi.io/" + r.name() + ":" + t) || !r.name().equals(ref.dhiRepository())) {
                        broken.add(r.name() + ":" + t);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(n).isGreaterThan(18_000);
    }

    @Test
    void tagsAgreeWithTheirDefinition() {
        List<String> wrong = new ArrayList<>();
        for (Repository r : catalog.repositories()) {
            for (ImageDefinition d : catalog.definitions(r.name())) {
                List<Tag> tags = catalog.parsedTags(d);
                boolean anyDev = tags.stream().anyMatch(Tag::dev);
                for (Tag t : tags) {
                    // A -dev tag always names a dev image; some dev images (build tools) carry no -dev tags.
                    if (t.dev() && d.variant() != Variant.DEV) {
                        wrong.add(r.name() + ":" + t + " has -dev but the definition is " + d.variant());
                    }
                    if (anyDev && !t.dev()) {
                        wrong.add(r.name() + ":" + t + " lacks -dev while its siblings have it");
                    }
                    if (t.distroFamily() != null && t.distroFamily() != d.distro()) {
                        wrong.add(r.name() + ":" + t + " distro vs " + d.distro());
                    }
                    if (t.distroVersion() != null && !t.distroVersion().equals(d.distroVersion())) {
                        wrong.add(r.name() + ":" + t + " distro version vs " + d.distroVersion());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void knowsThePythonPairOfTheSeedDocument() {
        ImageDefinition dev = catalog.definitionByTag("python", "3.14-debian13-dev").orElseThrow();
        ImageDefinition runtime = catalog.counterpart(dev).orElseThrow();
        assertThat(runtime.tags()).contains("3.14-debian13");
        assertThat(runtime.shell()).isFalse();
        assertThat(runtime.packageManager()).isFalse();
        assertThat(runtime.runsAsRoot()).isFalse();
        assertThat(runtime.uid()).isEqualTo(65532);
        assertThat(dev.shell()).isTrue();
        assertThat(dev.packageManager()).isTrue();
        assertThat(dev.runsAsRoot()).isTrue();
        assertThat(catalog.pinnedTag(runtime)).matches("3\\.14\\.\\d+-debian13");
    }

    @Test
    void nodeRunsAsNodeUid1000() {
        ImageDefinition node = catalog.definitionByTag("node", "24-debian13").orElseThrow();
        assertThat(node.user()).isEqualTo("node");
        assertThat(node.uid()).isEqualTo(1000);
        assertThat(node.cmd()).containsExactly("node");
        assertThat(node.entrypoint()).isEmpty();
    }

    @Test
    void staticImagesKnowTheirLibc() {
        assertThat(catalog.definitionByTag("static", "20250419-debian13").orElseThrow().libc()).isEqualTo(Libc.NONE);
        ImageDefinition musl = catalog.definitions("static").stream()
                .filter(d -> d.tags().stream().anyMatch(t -> t.contains("-musl-alpine3.24"))).findFirst().orElseThrow();
        assertThat(musl.libc()).isEqualTo(Libc.MUSL);
        ImageDefinition glibc = catalog.definitions("static").stream()
                .filter(d -> d.tags().stream().anyMatch(t -> t.contains("-glibc-debian13"))).findFirst().orElseThrow();
        assertThat(glibc.libc()).isEqualTo(Libc.GLIBC);
    }

    @Test
    void compatVariantsSayWhatTheyAdd() {
        ImageDefinition compat = catalog.definitionByTag("redis", "8.8-debian13-compat").orElseThrow();
        assertThat(compat.flavors()).containsExactly("compat");
        assertThat(compat.extraPackages()).contains("bash", "coreutils");
        assertThat(compat.shell()).isTrue();
    }

    @Test
    void redisChartPinsCompatImagesWithDigests() {
        HelmChart chart = catalog.charts().get("redis");
        assertThat(chart.ociReference()).isEqualTo("oci://dhi.io/redis-chart");
        assertThat(chart.latest().images()).anySatisfy(i -> {
            assertThat(i.name()).isEqualTo("redis");
            assertThat(i.reference()).startsWith("dhi.io/redis:").contains("-compat@sha256:");
        });
        assertThat(catalog.chartsPinning("redis")).contains(chart);
    }

    @Test
    void fipsTagsAreMarkedDocumentedOrInferred() throws Exception {
        ComplianceFacts c = catalog.compliance();
        assertThat(c.fipsDocumented("python")).isTrue();
        assertThat(c.fipsDocumented("node")).isFalse();
        assertThat(c.fipsTag("python", Tag.parse("3.13")).provenance()).isEqualTo(Provenance.DOCUMENTED);
        assertThat(c.fipsTag("python", Tag.parse("3.13-dev")).tag()).isEqualTo("3.13-fips-dev");
        assertThat(c.fipsTag("python", Tag.parse("3.13-debian13")).inferred()).isTrue();
        assertThat(c.fipsTag("static", Tag.parse("20250419-glibc-debian13")).provenance()).isEqualTo(Provenance.DOCUMENTED);
        assertThat(c.fipsTag("stunnel", Tag.parse("5.75-debian13")).provenance()).isEqualTo(Provenance.DOCUMENTED);
        assertThat(c.defaultOrg()).isEqualTo("<your-org>");
    }
}
