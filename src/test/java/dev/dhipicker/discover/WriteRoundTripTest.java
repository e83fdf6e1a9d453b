package dev.dhipicker.discover;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.recommend.ComplianceNeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What --write writes: only the old values change, and a second discovery finds nothing left to change. */
class WriteRoundTripTest {

    static void apply(Path root, DiscoveryReport r) throws Exception {
        for (FileReport f : r.changes()) {
            Files.writeString(root.resolve(f.path()), f.migrated(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSecondRunFindsNothingLeftToChange(@TempDir Path tmp) throws Exception {
        Path root = Fixtures.copy(Fixtures.EVERY_PLACE, tmp.resolve("p"));
        DiscoveryReport first = Fixtures.discover(root);
        assertThat(first.changes()).hasSizeGreaterThan(5);
        apply(root, first);
        DiscoveryReport second = Fixtures.discover(root);
        assertThat(second.changes()).isEmpty();
        for (FileReport f : first.files()) {
            List<DiscoveredReference> before = f.references();
            List<DiscoveredReference> after = second.files().stream().filter(g -> g.path().equals(f.path()))
                    .findFirst().orElseThrow().references();
            assertThat(after).as(f.path()).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                DiscoveredReference was = before.get(i);
                DiscoveredReference now = after.get(i);
                assertThat(now.found().place()).isEqualTo(was.found().place());
                if (was.written()) {
                    assertThat(now.status()).as(was.found().toString()).isEqualTo(Status.ALREADY_DHI);
                    assertThat(now.found().reference()).isEqualTo(was.replacement());
                } else if (was.found().place() != PlaceKind.COMPOSE_BUILD) { // a build follows its Dockerfile
                    assertThat(now.found().reference()).isEqualTo(was.found().reference());
                }
            }
        }
    }

    @Test
    void yamlEditsKeepEveryLineThatHoldsNoReplacedValueAndEveryComment(@TempDir Path tmp) throws Exception {
        Path root = Fixtures.copy(Fixtures.EVERY_PLACE, tmp.resolve("p"));
        DiscoveryReport r = Fixtures.discover(root);
        for (FileReport f : r.changes()) {
            if (f.kind() == FileKind.DOCKERFILE || f.kind() == FileKind.KUSTOMIZATION) {
                continue; // migrate rewrites Dockerfiles; a Kustomize entry may gain a newName line (next test)
            }
            List<String> before = f.original().lines().toList();
            List<String> after = f.migrated().lines().toList();
            assertThat(after).as(f.path()).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                int line = i + 1;
                boolean replaced = f.references().stream().anyMatch(x -> x.written() && x.found().line() == line)
                        || f.references().stream().anyMatch(x -> x.written() && x.found().place() == PlaceKind.HELM_VALUES
                        && Math.abs(x.found().line() - line) <= 2 || x.written()
                        && x.found().place() == PlaceKind.KUSTOMIZE_IMAGE && Math.abs(x.found().line() - line) <= 1);
                if (!replaced) {
                    assertThat(after.get(i)).as(f.path() + ":" + line).isEqualTo(before.get(i));
                }
                int hash = before.get(i).indexOf(" #");
                if (hash >= 0) {
                    assertThat(after.get(i)).as("comment kept").endsWith(before.get(i).substring(hash));
                }
            }
        }
        String compose = r.files().stream().filter(f -> f.path().equals("compose.yaml")).findFirst().orElseThrow()
                .migrated();
        assertThat(compose).contains("    image: \"dhi.io/postgres:16-debian13\"     # keep the quotes\n");
    }

    @Test
    void aKustomizeEntryWithoutNewNameGetsOneAtTheIndentationOfItsNewTag(@TempDir Path tmp) throws Exception {
        Path root = Fixtures.copy(Fixtures.EVERY_PLACE, tmp.resolve("p"));
        FileReport k = Fixtures.discover(root).files().stream()
                .filter(f -> f.path().equals("deploy/overlays/prod/kustomization.yaml")).findFirst().orElseThrow();
        assertThat(k.migrated()).isEqualTo(k.original()
                .replace("    newName: nginx\n    newTag: \"1.27\"\n", "    newName: dhi.io/nginx\n    newTag: \"1.30-debian13\"\n")
                .replace("    newTag: 7.2-alpine\n", "    newName: dhi.io/redis\n    newTag: 7.4-debian13\n"));
    }

    @Test
    void mirroredRepositoriesRoundTripToo(@TempDir Path tmp) throws Exception {
        Path root = Fixtures.copy(Fixtures.EVERY_PLACE, tmp.resolve("p"));
        MigrateOptions fips = new MigrateOptions(null, ComplianceNeed.FIPS, "acme");
        Discovery d = Fixtures.discovery(Messages.english());
        DiscoveryReport first = d.discover(root, fips);
        // images with a FIPS variant move to the mirrored repositories; the others keep dhi.io (with a finding)
        assertThat(first.references()).filteredOn(DiscoveredReference::written)
                .filteredOn(x -> x.replacement().startsWith("acme/dhi-")).hasSizeGreaterThan(5);
        apply(root, first);
        assertThat(Files.readString(root.resolve("charts/shop/values.yaml")))
                .contains("    repository: acme/dhi-python\n    tag: 3.12-debian13-fips\n");
        DiscoveryReport second = d.discover(root, fips);
        assertThat(second.changes()).isEmpty();
    }

    @Test
    void referencePartsForSplitValues() {
        assertThat(YamlRewriter.Parts.of("dhi.io/python:3.13-debian13"))
                .isEqualTo(new YamlRewriter.Parts("dhi.io", "python", "3.13-debian13", "dhi.io/python"));
        assertThat(YamlRewriter.Parts.of("acme/dhi-python:3.13"))
                .isEqualTo(new YamlRewriter.Parts("docker.io", "acme/dhi-python", "3.13", "acme/dhi-python"));
        assertThat(YamlRewriter.Parts.of("localhost:5000/dhi-python:3"))
                .isEqualTo(new YamlRewriter.Parts("localhost:5000", "dhi-python", "3", "localhost:5000/dhi-python"));
    }
}
