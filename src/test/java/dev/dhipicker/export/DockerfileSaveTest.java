package dev.dhipicker.export;

import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.Recommendation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Saving writes atomically, refuses to overwrite without permission, and leaves nothing behind on failure. */
class DockerfileSaveTest {

    static final Recommendation GO = ExportFixture.recommend(Answers.defaults("go"));

    static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void saveWritesTheRenderedTextAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("Dockerfile");
        String written = ExportFixture.writer().save(GO, DockerfileOptions.defaults(), target, false);
        assertThat(Files.readString(target)).isEqualTo(written)
                .isEqualTo(ExportFixture.writer().render(GO, DockerfileOptions.defaults()));
        assertThat(names(dir)).containsExactly("Dockerfile");
    }

    @Test
    void existingFileIsRefusedWithoutOverwriteAndLeftUntouched(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("Dockerfile");
        Files.writeString(target, "FROM scratch\n");
        DockerfileException e = catchThrowableOfType(DockerfileException.class,
                () -> ExportFixture.writer().save(GO, DockerfileOptions.defaults(), target, false));
        assertThat(e.reason()).isEqualTo(DockerfileException.Reason.FILE_EXISTS);
        assertThat(e.getMessage()).contains(target.toString()).doesNotContain("\n");
        assertThat(Files.readString(target)).isEqualTo("FROM scratch\n");
        assertThat(names(dir)).containsExactly("Dockerfile");

        ExportFixture.writer().save(GO, DockerfileOptions.defaults(), target, true);
        assertThat(Files.readString(target)).startsWith("# syntax=docker/dockerfile:1");
        assertThat(names(dir)).containsExactly("Dockerfile");
    }

    @Test
    void missingFolderGivesOneClearErrorAndCreatesNothing(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("no/such/folder/Dockerfile");
        DockerfileException e = catchThrowableOfType(DockerfileException.class,
                () -> ExportFixture.writer().save(GO, DockerfileOptions.defaults(), target, false));
        assertThat(e.reason()).isEqualTo(DockerfileException.Reason.NO_FOLDER);
        assertThat(e.getMessage()).contains("does not exist").doesNotContain("\n");
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void readOnlyFolderGivesOneClearErrorAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Assumptions.assumeTrue(Files.getFileStore(ro).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root ignores directory permissions: probe, and skip this case when the write would succeed anyway
            // (the failure path is also covered by the test below that makes the final move fail).
            Path probe = ro.resolve(".probe");
            boolean writable;
            try {
                Files.createFile(probe);
                Files.delete(probe);
                writable = true;
            } catch (java.io.IOException expected) {
                writable = false;
            }
            Assumptions.assumeFalse(writable, "running as root: a read-only folder is still writable, so this case cannot be staged");
            Path target = ro.resolve("Dockerfile");
            DockerfileException e = catchThrowableOfType(DockerfileException.class,
                    () -> ExportFixture.writer().save(GO, DockerfileOptions.defaults(), target, false));
            assertThat(e.reason()).isEqualTo(DockerfileException.Reason.WRITE_FAILED);
            assertThat(e.getMessage()).contains("Cannot write").contains("permission denied").doesNotContain("\n");
            assertThat(names(ro)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void folderTargetIsRefusedAsAFolderEvenWithOverwriteAndNothingIsLeft(@TempDir Path dir) throws Exception {
        // A non-empty folder where the file should go: refused before anything is written (also
        // as root), with a message that does not suggest --force.
        Path target = Files.createDirectory(dir.resolve("Dockerfile"));
        Files.writeString(target.resolve("keep.txt"), "x");
        DockerfileException e = catchThrowableOfType(DockerfileException.class,
                () -> ExportFixture.writer().save(GO, DockerfileOptions.defaults(), target, true));
        assertThat(e.reason()).isEqualTo(DockerfileException.Reason.NOT_REGULAR);
        assertThat(e.getMessage()).startsWith(target + " is a folder").doesNotContain("\n");
        assertThat(names(dir)).containsExactly("Dockerfile");
        assertThat(names(target)).containsExactly("keep.txt");
    }
}
