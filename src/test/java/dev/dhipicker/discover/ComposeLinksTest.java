package dev.dhipicker.discover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Compose {@code include:} and {@code extends: {file:}}, and YAML merge keys, as discover reads and writes them. */
class ComposeLinksTest {

    private static Path write(Path root, String path, String text) throws Exception {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private static List<DiscoveredReference> refs(DiscoveryReport r, String file) {
        return r.files().stream().filter(f -> f.path().equals(file)).flatMap(f -> f.references().stream()).toList();
    }

    private static List<Notice> notices(DiscoveryReport r, String file) {
        return HostileInputTest.notices(r, file);
    }

    @Test
    void includedAndExtendedFilesAreReadAsComposeFilesWhateverTheirNames(@TempDir Path root) throws Exception {
        write(root, "compose.yaml", "include:\n  - shared/databases.yml\n  - path:\n      - ops/monitoring.yml\n"
                + "      - ops/missing.yml\n  - ../outside.yml\n  - oci://registry.example/stack:1\n"
                + "services:\n  web:\n    extends:\n      file: common/base.yml\n      service: web\n");
        write(root, "shared/databases.yml", "include:\n  - ../compose.yaml\n  - more/queue.yml\n"
                + "services:\n  db:\n    image: postgres:16\n");
        write(root, "shared/more/queue.yml", "services:\n  queue:\n    image: rabbitmq:4\n");
        write(root, "ops/monitoring.yml", "services:\n  metrics:\n    image: \"prom/prometheus:v3.0.0\"\n");
        write(root, "common/base.yml", "services:\n  web:\n    image: nginx:1.27\n");
        write(root.getParent(), root.getFileName() + "-outside.yml", "services:\n  x:\n    image: redis:7\n");
        DiscoveryReport r = Fixtures.discover(root);
        assertThat(r.files()).filteredOn(f -> f.kind() == FileKind.COMPOSE).extracting(FileReport::path)
                .contains("compose.yaml", "shared/databases.yml", "shared/more/queue.yml", "ops/monitoring.yml",
                        "common/base.yml");
        assertThat(refs(r, "shared/databases.yml")).extracting(x -> x.found().reference(), x -> x.found().line())
                .containsExactly(tuple("postgres:16", 6));
        assertThat(refs(r, "shared/more/queue.yml")).extracting(x -> x.found().reference()).containsExactly("rabbitmq:4");
        assertThat(refs(r, "common/base.yml")).extracting(x -> x.found().context()).containsExactly("web");
        assertThat(refs(r, "ops/monitoring.yml")).singleElement().satisfies(x -> assertThat(x.written()).isTrue());
        assertThat(notices(r, "compose.yaml")).extracting(Notice::rule, Notice::line, n -> n.args().get(0))
                .containsExactly(tuple("compose-file-missing", 5, "ops/missing.yml"),
                        tuple("compose-file-missing", 6, "../outside.yml"),
                        tuple("compose-file-missing", 7, "oci://registry.example/stack:1"));
        assertThat(r.references()).noneMatch(x -> x.found().reference().equals("redis:7"));
    }

    @Test
    void aComposeFileThatOnlyIncludesStillNamesWhatIsMissing(@TempDir Path root) throws Exception {
        write(root, "compose.yaml", "include:\n  - gone.yml\n");
        DiscoveryReport r = Fixtures.discover(root);
        assertThat(notices(r, "compose.yaml")).extracting(Notice::rule, n -> n.args().get(0))
                .containsExactly(tuple("compose-file-missing", "gone.yml"));
    }

    @Test
    void anAnchorMergedIntoSeveralServicesIsReportedForEachAndWrittenOnce(@TempDir Path root) throws Exception {
        write(root, "compose.yaml", "x-cache: &cache\n  image: \"redis:7\"   # shared\n  restart: always\n"
                + "services:\n  cache-a:\n    <<: *cache\n  cache-b:\n    <<: *cache\n    ports: [\"6380:6379\"]\n"
                + "  own:\n    <<: *cache\n    image: postgres:16\n");
        DiscoveryReport first = Fixtures.discover(root);
        List<DiscoveredReference> refs = refs(first, "compose.yaml");
        assertThat(refs).extracting(x -> x.found().context(), x -> x.found().reference(), x -> x.found().line())
                .containsExactly(tuple("cache-a", "redis:7", 2), tuple("cache-b", "redis:7", 2),
                        tuple("own", "postgres:16", 12));
        assertThat(refs).allSatisfy(x -> assertThat(x.written()).isTrue());
        FileReport f = first.changes().get(0);
        String redis = refs.get(0).replacement();
        assertThat(f.migrated()).contains("image: \"" + redis + "\"   # shared\n")
                .doesNotContain("redis:7\"");
        assertThat(f.migrated().split(java.util.regex.Pattern.quote(redis), -1)).hasSize(2);
        WriteRoundTripTest.apply(root, first);
        DiscoveryReport second = Fixtures.discover(root);
        assertThat(second.changes()).isEmpty();
        assertThat(refs(second, "compose.yaml")).extracting(DiscoveredReference::status)
                .containsOnly(Status.ALREADY_DHI);
    }

    @Test
    void aSharedValueTwoPlacesWantDifferentlyIsWrittenForTheFirstAndNamedForTheOther(@TempDir Path root)
            throws Exception {
        write(root, "compose.yaml", "x-py: &py\n  image: python:3.12\nservices:\n  app:\n    <<: *py\n"
                + "  debug:\n    <<: *py\n    entrypoint: [\"sh\", \"-c\", \"sleep infinity\"]\n");
        DiscoveryReport r = Fixtures.discover(root);
        List<DiscoveredReference> refs = refs(r, "compose.yaml");
        assertThat(refs).hasSize(2);
        assertThat(refs.get(0).replacement()).isNotEqualTo(refs.get(1).replacement());
        assertThat(refs).extracting(DiscoveredReference::written).containsExactly(true, false);
        assertThat(notices(r, "compose.yaml")).extracting(Notice::rule).containsExactly("not-editable");
        assertThat(r.changes().get(0).migrated()).contains("image: " + refs.get(0).replacement() + "\n");
    }

    @Test
    void mergeKeysInHelmValuesAndKubernetesManifests(@TempDir Path root) throws Exception {
        write(root, "chart/values.yaml", "defaults: &img\n  repository: nginx\n  tag: \"1.27\"\nfrontend:\n  image:\n"
                + "    <<: *img\nbackend:\n  image:\n    <<: *img\n");
        write(root, "k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n"
                + "    spec:\n      containers:\n        - &c\n          name: app\n          image: redis:7\n"
                + "        - <<: *c\n          name: sidecar\n");
        DiscoveryReport first = Fixtures.discover(root);
        assertThat(refs(first, "chart/values.yaml")).extracting(x -> x.found().context(), x -> x.found().line())
                .containsExactly(tuple("frontend.image", 2), tuple("backend.image", 2));
        assertThat(refs(first, "k8s/app.yaml")).extracting(x -> x.found().context(), x -> x.found().line())
                .containsExactly(tuple("app", 10), tuple("sidecar", 10));
        assertThat(first.changes()).hasSize(2);
        WriteRoundTripTest.apply(root, first);
        assertThat(Fixtures.discover(root).changes()).isEmpty();
    }
}
