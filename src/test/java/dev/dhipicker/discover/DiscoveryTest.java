package dev.dhipicker.discover;

import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.migrate.ReferenceMigration;
import dev.dhipicker.migrate.ReferenceUse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Discovery on the every-place fixture: each kind of place, and the same answers as migrate. */
class DiscoveryTest {
    static DiscoveryReport report;

    @BeforeAll
    static void discover() throws Exception {
        report = Fixtures.discover(Fixtures.EVERY_PLACE);
    }

    static List<DiscoveredReference> in(String file) {
        return report.files().stream().filter(f -> f.path().equals(file)).findFirst().orElseThrow().references();
    }

    @Test
    void everyKindOfPlaceIsFound() {
        assertThat(report.references()).extracting(r -> r.found().place()).contains(PlaceKind.values());
    }

    @Test
    void foldersOfOtherPeoplesCodeIgnoredFilesAndChartTemplatesAreNotRead() {
        assertThat(report.files()).extracting(FileReport::path).noneMatch(p -> p.startsWith("node_modules")
                || p.startsWith("ignored-by-git") || p.contains("/templates/"));
    }

    @Test
    void dockerfilePlacesWithTheirColumns() {
        assertThat(in("api/Dockerfile")).extracting(r -> r.found().line(), r -> r.found().column(),
                r -> r.found().place(), r -> r.found().reference()).containsExactly(
                tuple(2, 6, PlaceKind.DOCKERFILE_FROM, "golang:1.22"),
                tuple(5, 76, PlaceKind.DOCKERFILE_MOUNT_FROM, "alpine:3.20"),
                tuple(7, 6, PlaceKind.DOCKERFILE_FROM, "alpine:3.20"),
                tuple(9, 13, PlaceKind.DOCKERFILE_COPY_FROM, "busybox:1.36"));
    }

    @Test
    void aFromGetsExactlyWhatMigrateWritesAndOtherPlacesWhatMigrateReferenceGives() throws Exception {
        Migrator migrator = Fixtures.migrator();
        FileReport api = report.files().stream().filter(f -> f.path().equals("api/Dockerfile")).findFirst().orElseThrow();
        for (DiscoveredReference r : api.references()) {
            if (r.found().place() == PlaceKind.DOCKERFILE_FROM) {
                assertThat(api.migrated()).contains("FROM " + r.replacement());
                assertThat(r.written()).isTrue();
            }
        }
        for (DiscoveredReference r : report.references()) {
            PlaceKind p = r.found().place();
            if (p == PlaceKind.DOCKERFILE_FROM || p == PlaceKind.COMPOSE_BUILD || p == PlaceKind.HELM_DEPENDENCY
                    || r.status() == Status.UNRESOLVED) {
                continue;
            }
            ReferenceMigration m = migrator.migrateReference(r.found().reference(),
                    r.found().build() ? ReferenceUse.BUILD : ReferenceUse.RUNTIME, MigrateOptions.defaults());
            assertThat(r.replacement()).as(r.found().toString()).isEqualTo(m.replacement());
            assertThat(r.status()).isEqualTo(Status.of(m.status()));
            List<String> rules = m.findings().stream().map(f -> f.rule()).toList();
            if (p == PlaceKind.DOCKERFILE_COPY_FROM || p == PlaceKind.DOCKERFILE_MOUNT_FROM) {
                // inside a Dockerfile the migration's own findings on that line (a superset: it also knows the use)
                assertThat(r.findings()).extracting(f -> f.rule()).containsAll(rules);
            } else {
                assertThat(r.findings()).extracting(f -> f.rule()).containsExactlyElementsOf(rules);
            }
        }
    }

    @Test
    void placesThatRunAShellOrACiJobGetTheBuildImage() {
        assertThat(in("deploy/k8s/app.yaml")).extracting(r -> r.found().context(), r -> r.found().build()).containsExactly(
                tuple("migrate", true), tuple("app", false), tuple("sidecar", false), tuple("report", false),
                tuple("main", false), tuple("shell", true));
        assertThat(in("docker-compose.override.yml")).singleElement().satisfies(r -> {
            assertThat(r.found().build()).isTrue();
            assertThat(r.replacement()).endsWith("-dev");
        });
        assertThat(in(".gitlab-ci.yml")).extracting(r -> r.found().place(), r -> r.found().build()).containsExactly(
                tuple(PlaceKind.GITLAB_IMAGE, true), tuple(PlaceKind.GITLAB_SERVICE, false),
                tuple(PlaceKind.GITLAB_SERVICE, false), tuple(PlaceKind.GITLAB_IMAGE, true),
                tuple(PlaceKind.GITLAB_IMAGE, true));
    }

    @Test
    void aConfigMapValueIsNotAContainerImage() {
        assertThat(in("deploy/k8s/app.yaml")).noneMatch(r -> r.found().line() > 45);
    }

    @Test
    void aComposeBuildTakesTheResultOfItsDockerfileAndItsImageNameIsNotReplaced() {
        List<DiscoveredReference> compose = in("compose.yaml");
        assertThat(compose).filteredOn(r -> r.found().place() == PlaceKind.COMPOSE_BUILD)
                .extracting(r -> r.found().context(), DiscoveredReference::builtFrom, r -> r.found().reference())
                .containsExactly(tuple("api", "api/Dockerfile", "alpine:3.20"),
                        tuple("web", "web/web.Dockerfile", "nginx:1.27"),
                        tuple("legacy", "legacy/Dockerfile", "legacy/Dockerfile"),
                        tuple("api-tests", "api/Dockerfile", "golang:1.22"));
        DiscoveredReference tests = compose.stream().filter(r -> "api-tests".equals(r.found().context())).findFirst()
                .orElseThrow();
        assertThat(tests.replacement()).isEqualTo(in("api/Dockerfile").get(0).replacement()).endsWith("-dev");
        DiscoveredReference web = compose.get(1);
        DiscoveredReference webFinal = in("web/web.Dockerfile").get(1);
        assertThat(web.replacement()).isEqualTo(webFinal.replacement());
        assertThat(web.status()).isEqualTo(webFinal.status());
        assertThat(compose).noneMatch(r -> r.found().reference().equals("shop/api:dev"));
        assertThat(report.files().stream().filter(f -> f.path().equals("compose.yaml")).findFirst().orElseThrow()
                .notices()).extracting(Notice::rule).contains("build-unresolved", "templated-reference");
    }

    @Test
    void helmValuesInEachConventionAndChartDependenciesWithADhiChart() {
        assertThat(in("charts/shop/values.yaml")).extracting(r -> r.found().context(), r -> r.found().reference())
                .containsExactly(tuple("image", "docker.io/library/node:20-alpine"),
                        tuple("metrics.image", "prom/statsd-exporter:v0.26.0"),
                        tuple("worker.image", "python:3.12-slim"), tuple("exporter.image", "redis:7.2-alpine"));
        assertThat(in("charts/shop/Chart.yaml")).extracting(r -> r.found().reference(), DiscoveredReference::status,
                DiscoveredReference::replacement).containsExactly(
                tuple("redis:19.6.0", Status.COUNTERPART, "oci://dhi.io/redis-chart"),
                tuple("no-such-chart-anywhere:1.0.0", Status.NO_COUNTERPART, null));
    }

    @Test
    void templatedValuesAreReportedAsUnresolvedAndNeverMigrated() {
        assertThat(report.references()).filteredOn(r -> r.found().templated()).extracting(r -> r.found().reference())
                .containsExactlyInAnyOrder("ghcr.io/${{ github.repository }}:latest", "$CI_REGISTRY_IMAGE/builder:latest",
                        "${MAIL_IMAGE}");
        assertThat(report.references()).filteredOn(r -> r.found().templated())
                .allSatisfy(r -> assertThat(r.replacement()).isNull());
    }

    @Test
    void composeValuesTakeTheVariablesOfTheEnvFileAndTheirDefaultsButAreNotWritten() {
        assertThat(in("compose.yaml")).filteredOn(r -> r.found().place() == PlaceKind.COMPOSE_IMAGE)
                .extracting(r -> r.found().context(), r -> r.found().reference(), DiscoveredReference::written)
                .contains(tuple("proxy", "traefik:v3.0", false), tuple("queue", "rabbitmq:3.13", false),
                        tuple("mail", "${MAIL_IMAGE}", false));
        assertThat(report.files().stream().filter(f -> f.path().equals("compose.yaml")).findFirst().orElseThrow()
                .notices()).filteredOn(n -> n.rule().equals("env-resolved")).extracting(n -> n.args().get(1))
                .containsExactly("traefik:v3.0", "rabbitmq:3.13");
    }

    @Test
    void composeInterpolation() {
        Variables env = Variables.parse("# c\nA=1\nexport B=\"two\"\nE=\nC=x # note\n");
        assertThat(env.resolve("r:${A}-$B")).isEqualTo("r:1-two");
        assertThat(env.resolve("${C}")).isEqualTo("x");
        assertThat(env.resolve("${E:-d}")).isEqualTo("d");
        assertThat(env.resolve("${E-d}")).isEmpty();
        assertThat(env.resolve("${MISSING}")).isNull();
        assertThat(env.resolve("${MISSING-d}")).isEqualTo("d");
        assertThat(env.resolve("${A:?must be set}")).isEqualTo("1");
        assertThat(env.resolve("${MISSING:?must be set}")).isNull();
        assertThat(env.resolve("a$$b")).isEqualTo("a$b");
    }

    @Test
    void theProjectsOwnFilesGiveTheWizardsAnswers() {
        assertThat(report.answers()).extracting(a -> a.answer().id(), InferredAnswer::value, InferredAnswer::file)
                .containsExactly(tuple("workload", "python", ".python-version"), tuple("version", "3.12", ".python-version"));
    }

    @Test
    void statusesOfTheFixture() {
        assertThat(in("worker/Containerfile")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.ALREADY_DHI);
            assertThat(r.dhi().repository()).isEqualTo("python");
        });
        assertThat(in("Dockerfile.ci")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.NO_COUNTERPART);
            assertThat(r.findings()).extracting(f -> f.rule()).contains("windows-image");
        });
    }
}
