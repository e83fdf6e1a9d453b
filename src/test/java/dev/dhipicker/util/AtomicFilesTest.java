package dev.dhipicker.util;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 12, points 1-3: only a regular file is ever replaced, never without permission, and no temp file stays. */
class AtomicFilesTest {

    static final byte[] NEW = "new content\n".getBytes(StandardCharsets.UTF_8);

    static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void characterDeviceIsNeverReplacedEvenWithForce(@TempDir Path dir) throws Exception {
        Path dev = SpecialFiles.characterDevice(dir.resolve("null"));
        for (boolean force : new boolean[]{false, true}) {
            AtomicFiles.NotRegularFileException e = catchThrowableOfType(AtomicFiles.NotRegularFileException.class,
                    () -> AtomicFiles.write(dev, NEW, force));
            assertThat(e.kind()).isEqualTo(AtomicFiles.Kind.SPECIAL);
            assertThat(SpecialFiles.isCharacterDevice(dev)).isTrue();
        }
        assertThat(names(dir)).containsExactly("null");
    }

    @Test
    void fifoIsNeverReplacedEvenWithForce(@TempDir Path dir) throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe"));
        AtomicFiles.NotRegularFileException e = catchThrowableOfType(AtomicFiles.NotRegularFileException.class,
                () -> AtomicFiles.write(fifo, NEW, true));
        assertThat(e.kind()).isEqualTo(AtomicFiles.Kind.SPECIAL);
        assertThat(SpecialFiles.isFifo(fifo)).isTrue();
        assertThat(names(dir)).containsExactly("pipe");
    }

    @Test
    void danglingSymlinkIsNeitherReplacedNorFollowed(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("d"), Path.of("nothere"));
        for (boolean force : new boolean[]{false, true}) {
            AtomicFiles.NotRegularFileException e = catchThrowableOfType(AtomicFiles.NotRegularFileException.class,
                    () -> AtomicFiles.write(link, NEW, force));
            assertThat(e.kind()).isEqualTo(AtomicFiles.Kind.SYMLINK);
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.exists(dir.resolve("nothere"))).isFalse();
        assertThat(names(dir)).containsExactly("d");
    }

    @Test
    void symlinkToAFileIsRefusedAndTheFileKeepsItsContent(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("real"), "mine\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        AtomicFiles.NotRegularFileException e = catchThrowableOfType(AtomicFiles.NotRegularFileException.class,
                () -> AtomicFiles.write(link, NEW, true));
        assertThat(e.kind()).isEqualTo(AtomicFiles.Kind.SYMLINK);
        assertThat(Files.readString(real)).isEqualTo("mine\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void folderIsRefusedAsAFolderWithOrWithoutForce(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        for (boolean force : new boolean[]{false, true}) {
            AtomicFiles.NotRegularFileException e = catchThrowableOfType(AtomicFiles.NotRegularFileException.class,
                    () -> AtomicFiles.write(sub, NEW, force));
            assertThat(e.kind()).isEqualTo(AtomicFiles.Kind.DIRECTORY);
        }
        assertThat(names(sub)).isEmpty();
    }

    @Test
    void regularFileIsReplacedOnlyWithForceAndKeepsItsPermissions(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), "old\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        assertThat(catchThrowableOfType(FileAlreadyExistsException.class, () -> AtomicFiles.write(f, NEW, false)))
                .isNotNull();
        assertThat(Files.readString(f)).isEqualTo("old\n");
        AtomicFiles.write(f, NEW, true);
        assertThat(Files.readAllBytes(f)).isEqualTo(NEW);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        assertThat(names(dir)).containsExactly("Dockerfile");
    }

    @Test
    void ofTenParallelWritersWithoutForceExactlyOneWinsAndItsContentStays(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("same");
        int n = 10;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] content = ("writer " + i + "\n").getBytes(StandardCharsets.UTF_8);
            results.add(pool.submit(() -> {
                start.await();
                try {
                    AtomicFiles.write(target, content, false);
                    return true;
                } catch (FileAlreadyExistsException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int winners = 0;
        int winner = -1;
        for (int i = 0; i < n; i++) {
            if (results.get(i).get(30, TimeUnit.SECONDS)) {
                winners++;
                winner = i;
            }
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
        assertThat(Files.readString(target)).isEqualTo("writer " + winner + "\n");
        assertThat(names(dir)).containsExactly("same");
    }

    @Test
    void staleTempFilesOfOursAreRemovedOnTheNextWriteAndOthersAreKept(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        long deadPid = gone.pid();
        Path deadTemp = Files.writeString(dir.resolve(".sheet.pdf.dhi-picker-" + deadPid + "-abc.tmp"), "partial");
        long livePid = ProcessHandle.current().pid();
        Path oldTemp = Files.writeString(dir.resolve(".sheet.pdf.dhi-picker-" + livePid + "-old.tmp"), "partial");
        Files.setLastModifiedTime(oldTemp, FileTime.from(Instant.now().minusSeconds(3600)));
        Path busyTemp = Files.writeString(dir.resolve(".other.dhi-picker-" + livePid + "-busy.tmp"), "being written");
        Path foreign = Files.writeString(dir.resolve(".vim.swp.1234.tmp"), "not ours");
        Files.setLastModifiedTime(foreign, FileTime.from(Instant.now().minusSeconds(3600)));

        AtomicFiles.write(dir.resolve("sheet.pdf"), NEW, false);

        assertThat(Files.exists(deadTemp)).as("temp of a dead process").isFalse();
        assertThat(Files.exists(oldTemp)).as("temp older than a minute").isFalse();
        assertThat(Files.exists(busyTemp)).as("fresh temp of a running process").isTrue();
        assertThat(Files.exists(foreign)).as("a file that is not ours").isTrue();
        assertThat(names(dir)).contains("sheet.pdf");
    }

    @Test
    void checkTargetRefusesWhatTheWriteWouldRefuseAndWritesNothing(@TempDir Path dir) throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("nothere"));
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(catchThrowableOfType(AtomicFiles.NotRegularFileException.class,
                () -> AtomicFiles.checkTarget(fifo, true)).kind()).isEqualTo(AtomicFiles.Kind.SPECIAL);
        assertThat(catchThrowableOfType(AtomicFiles.NotRegularFileException.class,
                () -> AtomicFiles.checkTarget(link, true)).kind()).isEqualTo(AtomicFiles.Kind.SYMLINK);
        assertThat(catchThrowableOfType(FileAlreadyExistsException.class, () -> AtomicFiles.checkTarget(file, false)))
                .isNotNull();
        AtomicFiles.checkTarget(file, true);
        AtomicFiles.checkTarget(dir.resolve("absent"), false);
        assertThat(names(dir)).containsExactly("file", "link", "pipe");
    }

    @Test
    void missingFolderIsReportedAndNothingIsCreated(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("no/such/file");
        assertThat(catchThrowableOfType(java.nio.file.NoSuchFileException.class,
                () -> AtomicFiles.write(target, NEW, true))).isNotNull();
        assertThat(names(dir)).isEmpty();
    }
}
