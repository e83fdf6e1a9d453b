package dev.dhipicker.discover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectWalkerTest {

    static void write(Path root, String path, String text) throws Exception {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    static List<String> paths(ProjectWalker.Result r) {
        return r.files().stream().map(ProjectFile::path).toList();
    }

    @Test
    void keepsTheFilesDiscoverReadsAndSkipsDependenciesAndBuildOutputs(@TempDir Path root) throws Exception {
        write(root, "Dockerfile", "FROM a\n");
        write(root, "README.md", "x");
        write(root, "node_modules/x/Dockerfile", "FROM a\n");
        write(root, "vendor/y/Dockerfile", "FROM a\n");
        write(root, ".git/Dockerfile", "FROM a\n");
        write(root, "pom.xml", "<project/>");
        write(root, "target/Dockerfile", "FROM a\n");
        write(root, "svc/target/Dockerfile", "FROM a\n"); // no pom.xml beside it: not a build output
        write(root, "build/package/Dockerfile", "FROM a\n"); // no Gradle build beside it
        write(root, "app/build.gradle", "");
        write(root, "app/build/Dockerfile", "FROM a\n");
        assertThat(paths(new ProjectWalker(WalkLimits.standard()).walk(root)))
                .containsExactly("Dockerfile", "build/package/Dockerfile", "svc/target/Dockerfile");
    }

    @Test
    void gitignoreIsHonouredAndDockerignoreNeverHidesTheFilesDiscoverReads(@TempDir Path root) throws Exception {
        write(root, ".gitignore", "/generated/\n*.tmp.yaml\n!keep.tmp.yaml\n");
        write(root, "generated/Dockerfile", "FROM a\n");
        write(root, "x.tmp.yaml", "kind: Pod\n");
        write(root, "keep.tmp.yaml", "kind: Pod\n");
        write(root, "sub/.gitignore", "Dockerfile.local\n");
        write(root, "sub/Dockerfile.local", "FROM a\n");
        write(root, "sub/Dockerfile", "FROM a\n");
        write(root, ".dockerignore", "Dockerfile*\ncompose.yaml\n.github\ndocs\nmanifests/*.yaml\n*.md\n");
        write(root, "Dockerfile.prod", "FROM a\n");
        write(root, "compose.yaml", "services: {}\n");
        write(root, ".github/workflows/ci.yml", "jobs: {}\n");
        write(root, "docs/Dockerfile", "FROM a\n");
        write(root, "manifests/pod.yaml", "kind: Pod\n");
        assertThat(paths(new ProjectWalker(WalkLimits.standard()).walk(root))).containsExactly(
                ".github/workflows/ci.yml", "Dockerfile.prod", "compose.yaml", "keep.tmp.yaml", "manifests/pod.yaml",
                "sub/Dockerfile");
    }

    @Test
    void linksToFilesOutsideTheTreeAreNotFollowedAndLinkedFoldersNotEntered(@TempDir Path tmp) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("project"));
        write(tmp, "outside/Dockerfile", "FROM a\n");
        write(root, "real/Dockerfile", "FROM a\n");
        Files.createSymbolicLink(root.resolve("Dockerfile"), tmp.resolve("outside/Dockerfile"));
        Files.createSymbolicLink(root.resolve("linked"), tmp.resolve("outside"));
        Files.createSymbolicLink(root.resolve("loop"), root);
        Files.createSymbolicLink(root.resolve("Containerfile"), root.resolve("real/Dockerfile"));
        ProjectWalker.Result r = new ProjectWalker(WalkLimits.standard()).walk(root);
        assertThat(paths(r)).containsExactly("Containerfile", "real/Dockerfile");
        assertThat(r.notices()).extracting(Notice::rule, Notice::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple("link-outside", "Dockerfile"));
    }

    @Test
    void theLimitsStopTheWalkWithANotice(@TempDir Path root) throws Exception {
        for (int i = 0; i < 5; i++) {
            write(root, "d" + i + "/Dockerfile", "FROM a\n");
        }
        write(root, "a/b/c/d/Dockerfile", "FROM a\n");
        ProjectWalker.Result few = new ProjectWalker(new WalkLimits(3, 40, 1000)).walk(root);
        assertThat(few.files()).hasSize(3);
        assertThat(few.notices()).extracting(Notice::rule).containsExactly("file-limit");
        ProjectWalker.Result shallow = new ProjectWalker(new WalkLimits(100, 2, 1000)).walk(root);
        assertThat(paths(shallow)).doesNotContain("a/b/c/d/Dockerfile").hasSize(5);
        assertThat(shallow.notices()).extracting(Notice::rule, Notice::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple("depth-limit", "a/b/c"));
    }

    @Test
    void fileKindsFromTheirNames() {
        assertThat(FileKind.of("Dockerfile")).isEqualTo(FileKind.DOCKERFILE);
        assertThat(FileKind.of("x/api.Dockerfile")).isEqualTo(FileKind.DOCKERFILE);
        assertThat(FileKind.of("Dockerfile.prod")).isEqualTo(FileKind.DOCKERFILE);
        assertThat(FileKind.of("Containerfile")).isEqualTo(FileKind.DOCKERFILE);
        assertThat(FileKind.of("Dockerfile.dockerignore")).isNull();
        assertThat(FileKind.of("Dockerfile.md")).isNull();
        assertThat(FileKind.of("compose.yaml")).isEqualTo(FileKind.COMPOSE);
        assertThat(FileKind.of("docker-compose.prod.yml")).isEqualTo(FileKind.COMPOSE);
        assertThat(FileKind.of("k/kustomization.yaml")).isEqualTo(FileKind.KUSTOMIZATION);
        assertThat(FileKind.of("charts/a/Chart.yaml")).isEqualTo(FileKind.HELM_CHART);
        assertThat(FileKind.of("charts/a/values-prod.yaml")).isEqualTo(FileKind.HELM_VALUES);
        assertThat(FileKind.of("charts/a/templates/deploy.yaml")).isNull();
        assertThat(FileKind.of(".github/workflows/ci.yml")).isEqualTo(FileKind.GITHUB_WORKFLOW);
        assertThat(FileKind.of(".gitlab-ci.yml")).isEqualTo(FileKind.GITLAB_CI);
        assertThat(FileKind.of(".gitlab/ci/linux.yml")).isEqualTo(FileKind.GITLAB_CI);
        assertThat(FileKind.of(".gitlab/issue_templates/bug.md")).isNull();
        assertThat(FileKind.of("deploy/app.yml")).isEqualTo(FileKind.KUBERNETES);
        assertThat(FileKind.of("main.go")).isNull();
    }
}
