package dev.dhipicker.discover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Files that are broken or built to hurt: each gets a notice (or is passed over), never a hang or a crash. */
@Timeout(60) // a guard against a hang, not a speed test: the benchmark is in docs/benchmarks.md
class HostileInputTest {

    static List<Notice> notices(DiscoveryReport r, String file) {
        return r.files().stream().filter(f -> f.path().equals(file)).flatMap(f -> f.notices().stream()).toList();
    }

    @Test
    void bombsDeepNestingBinaryHugeAndBrokenFiles(@TempDir Path root) throws Exception {
        StringBuilder bomb = new StringBuilder("image: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 12; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        bomb.append("worker:\n  image: *a11\n");
        Files.writeString(root.resolve("values.yaml"), bomb);
        Files.writeString(root.resolve("deep.yaml"), "apiVersion: v1\nkind: Pod\nspec: " + "[".repeat(5000)
                + "]".repeat(5000) + "\n");
        Files.write(root.resolve("blob.yaml"), new byte[] {'k', 'i', 'n', 'd', 0, 'a', 'p', 'i', 'V', 'e', 'r', 's', 'i',
                'o', 'n', 0, (byte) 0xff});
        Files.write(root.resolve("latin1.yaml"), "kind: Pod\napiVersion: v1\n# caf\u00e9\n".getBytes("ISO-8859-1"));
        Files.writeString(root.resolve("compose.yaml"), "services:\n  a:\n    image: x\n" + "#".repeat(3 << 20));
        Files.writeString(root.resolve("Dockerfile"), "FROM python:3.12 AS\nRUN <<EOF\n");
        Files.writeString(root.resolve("broken.yaml"), "apiVersion: v1\nkind: Pod\nspec: [1, 2\n");
        StringBuilder merges = new StringBuilder("x-m0: &m0 {image: redis:7, a: 1}\n");
        for (int i = 1; i < 40; i++) { // each merge doubles what the one before it holds
            merges.append("x-m").append(i).append(": &m").append(i).append(" {<<: *m").append(i - 1).append(", k")
                    .append(i).append(": {<<: *m").append(i - 1).append("}}\n");
        }
        Files.writeString(root.resolve("docker-compose.merge.yml"), merges + "services:\n  a:\n    <<: *m39\n");
        DiscoveryReport r = Fixtures.discover(root);
        assertThat(notices(r, "docker-compose.merge.yml")).singleElement().satisfies(n -> {
            assertThat(n.rule()).isEqualTo("yaml-unreadable");
            assertThat(n.args().get(0)).contains("merge keys");
        });
        assertThat(notices(r, "values.yaml")).isEmpty();
        assertThat(r.references()).noneMatch(x -> x.found().file().equals("values.yaml"));
        assertThat(notices(r, "deep.yaml")).extracting(Notice::rule).containsExactly("yaml-unreadable");
        assertThat(notices(r, "blob.yaml")).singleElement().satisfies(n -> assertThat(n.args().get(0)).contains("binary"));
        assertThat(notices(r, "latin1.yaml")).singleElement().satisfies(n -> assertThat(n.args().get(0)).contains("UTF-8"));
        assertThat(notices(r, "compose.yaml")).extracting(Notice::rule).containsExactly("file-too-large");
        assertThat(notices(r, "Dockerfile")).extracting(Notice::rule).containsExactly("dockerfile-unreadable");
        assertThat(notices(r, "broken.yaml")).singleElement().satisfies(n -> {
            assertThat(n.rule()).isEqualTo("yaml-unreadable");
            assertThat(n.line()).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void aHelmTemplateIsNotReportedAsBrokenYaml(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("deploy"));
        Files.writeString(root.resolve("deploy/app.yaml"), "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n"
                + "  {{- range .Values.c }}\n  - image: {{ .image }}\n  {{- end }}\n");
        DiscoveryReport r = Fixtures.discover(root);
        assertThat(r.files()).isEmpty();
    }
}
