package dev.dhipicker.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a small catalog in the upstream layout (image/<repo>/info.yaml,
 * image/<repo>/<distro>-<version>/<file>.yaml, chart/<name>/helm/<major>.yaml) for the importer
 * tests. The content is made up for these tests; only the layout and field names follow upstream.
 */
final class UpstreamFixture {
    final Path root;

    UpstreamFixture(Path root) {
        this.root = root;
    }

    UpstreamFixture file(String rel, String content) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    UpstreamFixture info(String repo, String display) {
        return file("image/" + repo + "/info.yaml", """
                metadata:
                  display-name: %s
                  short-description: A made-up %s for tests.
                  featured: false
                  categories:
                    - languages-and-frameworks
                  included-tools:
                    - name: tool-a
                      description: first tool
                """.formatted(display, display));
    }

    static String definition(String repo, String variant, String flavor, String user, String[] tags,
                             String[] packages, String eol) {
        StringBuilder b = new StringBuilder();
        b.append("# syntax=example/build:1\n\n");
        b.append("name: ").append(repo).append(" test image\n");
        b.append("image: dhi.io/").append(repo).append('\n');
        b.append("variant: ").append(variant).append('\n');
        if (flavor != null) {
            b.append("flavor: ").append(flavor).append('\n');
        }
        b.append("tags:\n");
        for (String t : tags) {
            b.append("  - \"").append(t).append("\"\n");
        }
        b.append("platforms:\n  - linux/amd64\n");
        b.append("dates:\n  release: \"2025-01-02\"\n");
        if (eol != null) {
            b.append("  end-of-life: \"").append(eol).append("\"\n");
        }
        b.append("contents:\n  packages:\n");
        for (String p : packages) {
            b.append("    - ").append(p).append('\n');
        }
        b.append("accounts:\n  run-as: ").append(user).append('\n');
        b.append("  users:\n    - name: appuser\n      uid: 1234\n      gid: 1235\n");
        b.append("cmd:\n  - tool-a\n");
        return b.toString();
    }

    /** A small but complete catalog: two repositories, compat flavor, a dev image, a chart. */
    static UpstreamFixture standard(Path root) {
        UpstreamFixture f = new UpstreamFixture(root);
        f.info("alpha", "Alpha");
        f.info("beta", "Beta");
        f.file("image/alpha/debian-13/2.yaml", definition("alpha", "runtime", null, "appuser",
                new String[]{"2", "2.1", "2.1.3", "2-debian13", "2.1.3-debian13"},
                new String[]{"base-files", "alpha-2=2.1.3-0", "'!dpkg'"}, "2030-01-31"));
        f.file("image/alpha/debian-13/2-dev.yaml", definition("alpha", "dev", null, "root",
                new String[]{"2-dev", "2.1.3-debian13-dev"},
                new String[]{"base-files", "alpha-2", "bash", "apt", "dpkg"}, "2030-01-31"));
        f.file("image/alpha/debian-13/2-compat.yaml", definition("alpha", "runtime", "compat", "appuser",
                new String[]{"2-compat", "2.1.3-debian13-compat"},
                new String[]{"base-files", "alpha-2", "bash", "coreutils"}, "2030-01-31"));
        f.file("image/alpha/alpine-3.24/2.yaml", definition("alpha", "runtime", null, "appuser",
                new String[]{"2-alpine", "2.1.3-alpine3.24"},
                new String[]{"alpine-baselayout-data", "alpha-2"}, null));
        f.file("image/beta/debian-13/8.10.yaml", """
                name: Beta 8.10
                image: dhi.io/beta
                variant: runtime
                tags:
                  - 8.10
                  - 8.10.1-debian13
                accounts:
                  run-as: "999"
                  users:
                    - name: beta
                      uid: 999
                      gid: 998
                contents:
                  packages:
                    - beta
                entrypoint:
                  - beta-server
                ports:
                  - 8443/tcp
                work-dir: /data
                """);
        f.file("image/beta/config/settings.yaml", "key: value\n");
        f.file("chart/beta/info.yaml", """
                metadata:
                  display-name: Beta Helm Chart
                  short-description: Deploys beta.
                """);
        f.file("chart/beta/helm/1.yaml", """
                name: Beta chart 1.x
                image: dhi.io/beta-chart
                variant: helm
                tags:
                  - 1.4.2
                vars:
                  DHI_REGISTRY: dhi.io
                  DHI_NAMESPACE: dhi
                contents:
                  builds:
                    - name: beta
                      pipeline:
                        - name: prepare
                          with:
                            chart:
                              images:
                                - name: beta
                                  ref: dhi/beta:8.10.1-debian13@sha256:%s
                """.formatted("ab".repeat(32)));
        f.file("chart/beta/config/values.yaml", "replicas: 1\n");
        return f;
    }
}
