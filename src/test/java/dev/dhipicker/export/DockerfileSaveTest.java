package dev.dhipicker.export;

import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void aTargetInsideAFileGivesOneClearErrorAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
        // a folder path that runs through a regular file cannot be written, also as root
        Path plain = Files.writeString(dir.resolve("plain"), "mine\n");
        Path target = plain.resolve("Dockerfile");
        DockerfileException e = catchThrowableOfType(DockerfileException.class,
                () -> ExportFixture.writer().save(GO, DockerfileOptions.defaults(), target, false));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(target.toString()).doesNotContain("\n");
        assertThat(names(dir)).containsExactly("plain");
        assertThat(Files.readString(plain)).isEqualTo("mine\n");
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
