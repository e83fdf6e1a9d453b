package dev.dhipicker.catalog.update;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unpacking archives: what a good archive gives, and each hostile one refused with nothing written outside. */
class SafeUnpackerTest {
    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    static final long MTIME = LocalDate.parse("2026-11-30").toEpochDay() * 86400 + 3600;

    @TempDir
    Path tmp;
    Path into;
    Path sentinel;

    @BeforeEach
    void folders() throws IOException {
        into = Files.createDirectory(tmp.resolve("into"));
        sentinel = Files.writeString(tmp.resolve("sentinel.yaml"), "untouched");
    }

    static Map<String, byte[]> tiny() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("image/alpha/info.yaml", "metadata: {}\n".getBytes(StandardCharsets.UTF_8));
        files.put("image/alpha/debian-13/1.yaml", "variant: runtime\n".getBytes(StandardCharsets.UTF_8));
        files.put("image/alpha/guides.md", "# not needed\n".getBytes(StandardCharsets.UTF_8));
        files.put("chart/beta/helm/1.yaml", "variant: helm\n".getBytes(StandardCharsets.UTF_8));
        files.put("README.md", "readme\n".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    Unpacked unpack(Path archive) throws UpdateException {
        return new SafeUnpacker(UpdateLimits.DEFAULT).unpack(archive, archive.getFileName().toString(), into,
                UpdateProgress.NONE, new Cancellation());
    }

    /** The archive is refused with that message key, and nothing appeared outside the folder. */
    void refused(Path archive, String key) throws IOException {
        assertThatThrownBy(() -> unpack(archive)).isInstanceOf(UpdateException.class)
                .satisfies(e -> assertThat(((UpdateException) e).key()).as(e.getMessage()).isEqualTo(key));
        assertThat(Files.readString(sentinel)).isEqualTo("untouched");
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrder("into", archive.getFileName().toString(), "sentinel.yaml");
        }
    }

    @Test
    void aGithubTarballGivesItsTopFolderCommitAndDateAndOnlyTheYamlFiles() throws Exception {
        Path archive = tmp.resolve("a.tar.gz");
        TarBuilder.github(archive, COMMIT, MTIME, "docker-hardened-images-catalog-0123456", tiny());
        Unpacked u = unpack(archive);
        assertThat(u.root()).isEqualTo(into.resolve("docker-hardened-images-catalog-0123456"));
        assertThat(u.commit()).isEqualTo(COMMIT);
        assertThat(u.shortCommit()).isEqualTo("0123456");
        assertThat(u.date()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(u.filesWritten()).isEqualTo(3);
        assertThat(u.root().resolve("image/alpha/debian-13/1.yaml")).hasContent("variant: runtime");
        assertThat(u.root().resolve("image/alpha/guides.md")).doesNotExist();
        assertThat(u.root().resolve("README.md")).doesNotExist();
    }

    @Test
    void aZipGivesTheCommitOfItsComment() throws Exception {
        Path archive = tmp.resolve("a.zip");
        try (ZipOutputStream z = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(archive)))) {
            z.setComment(COMMIT);
            for (Map.Entry<String, byte[]> e : tiny().entrySet()) {
                ZipEntry entry = new ZipEntry("catalog-" + COMMIT + "/" + e.getKey());
                entry.setTime(MTIME * 1000);
                z.putNextEntry(entry);
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        Unpacked u = unpack(archive);
        assertThat(u.commit()).isEqualTo(COMMIT);
        assertThat(u.root().resolve("chart/beta/helm/1.yaml")).hasContent("variant: helm");
        assertThat(u.date()).isBetween(LocalDate.parse("2026-11-29"), LocalDate.parse("2026-12-01"));
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        Path archive = tmp.resolve("traversal.tar.gz");
        try (TarBuilder t = new TarBuilder(archive, MTIME)) {
            t.file("top/image/a/info.yaml", "x".getBytes());
            t.file("top/../../sentinel.yaml", "overwritten".getBytes());
        }
        refused(archive, "update.error.unsafeName");
    }

    @Test
    void anAbsoluteNameIsRefused() throws Exception {
        Path archive = tmp.resolve("absolute.tar.gz");
        try (TarBuilder t = new TarBuilder(archive, MTIME)) {
            t.file(sentinel.toString(), "overwritten".getBytes());
        }
        refused(archive, "update.error.unsafeName");
    }

    @Test
    void aZipWithTraversalIsRefused() throws Exception {
        Path archive = tmp.resolve("traversal.zip");
        try (ZipOutputStream z = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(archive)))) {
            z.putNextEntry(new ZipEntry("top/image/../../../sentinel.yaml"));
            z.write("overwritten".getBytes());
            z.closeEntry();
        }
        refused(archive, "update.error.unsafeName");
    }

    @Test
    void aSymlinkOutOfTheTreeIsRefusedAndTheFileBehindItIsNotWritten() throws Exception {
        Path archive = tmp.resolve("symlink.tar.gz");
        try (TarBuilder t = new TarBuilder(archive, MTIME)) {
            t.dir("top/");
            t.symlink("top/image", "../..");
            t.file("top/image/sentinel.yaml", "overwritten".getBytes());
        }
        refused(archive, "update.error.linkOutside");
    }

    @Test
    void anAbsoluteSymlinkAndAHardLinkOutOfTheTreeAreRefused() throws Exception {
        Path a = tmp.resolve("abs-link.tar.gz");
        try (TarBuilder t = new TarBuilder(a, MTIME)) {
            t.symlink("top/image/x.yaml", "/etc/passwd");
        }
        refused(a, "update.error.linkOutside");
        Files.delete(a);
        Path h = tmp.resolve("hard-link.tar.gz");
        try (TarBuilder t = new TarBuilder(h, MTIME)) {
            t.hardlink("top/image/x.yaml", "../../etc/passwd");
        }
        refused(h, "update.error.linkOutside");
    }

    @Test
    void aSymlinkInsideTheTreeIsCountedNotCreated() throws Exception {
        Path archive = tmp.resolve("inner-link.tar.gz");
        try (TarBuilder t = new TarBuilder(archive, MTIME)) {
            t.file("top/image/a/info.yaml", "x".getBytes());
            t.symlink("top/image/a/latest.yaml", "info.yaml");
        }
        Unpacked u = unpack(archive);
        assertThat(u.linksSkipped()).isEqualTo(1);
        assertThat(Files.exists(u.root().resolve("image/a/latest.yaml"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aDeviceEntryIsRefused() throws Exception {
        Path archive = tmp.resolve("device.tar.gz");
        try (TarBuilder t = new TarBuilder(archive, MTIME)) {
            t.special("top/image/null", '3');
        }
        refused(archive, "update.error.specialEntry");
    }

    @Test
    void aGzipBombIsRefusedLongBeforeItIsUnpacked() throws Exception {
        Path archive = tmp.resolve("bomb.tar.gz");
        try (TarBuilder t = new TarBuilder(archive, MTIME)) {
            for (int i = 0; i < 8; i++) {
                t.zeros("top/image/a/debian-13/" + i + ".yaml", 15L << 20);
            }
        }
        assertThat(Files.size(archive)).isLessThan(1L << 20);
        refused(archive, "update.error.bomb");
    }

    @Test
    void aFileClaimingAGibibyteIsRefusedBeforeItsDataIsRead() throws Exception {
        Path archive = tmp.resolve("huge.tar.gz");
        TarBuilder t = new TarBuilder(archive, MTIME);
        t.fileClaiming("top/image/a/info.yaml", 1L << 30, new byte[512]);
        t.closeWithoutEnd();
        refused(archive, "update.error.fileTooLarge");
    }

    @Test
    void aHundredThousandFilesAreRefused() throws Exception {
        Path archive = tmp.resolve("many.tar.gz");
        try (TarBuilder t = new TarBuilder(archive, MTIME)) {
            for (int i = 0; i < 100_000; i++) {
                t.file("top/image/r" + (i % 100) + "/f" + i + ".yaml", new byte[0]);
            }
        }
        refused(archive, "update.error.tooManyEntries");
    }

    @Test
    void aZipWithAHundredThousandEntriesIsRefusedFromItsDirectory() throws Exception {
        Path archive = tmp.resolve("many.zip");
        try (ZipOutputStream z = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(archive)))) {
            z.setLevel(1);
            for (int i = 0; i < 100_000; i++) {
                z.putNextEntry(new ZipEntry("top/image/f" + i + ".yaml"));
                z.closeEntry();
            }
        }
        refused(archive, "update.error.tooManyEntries");
    }

    @Test
    void aTruncatedArchiveIsRefused() throws Exception {
        Path full = tmp.resolve("full.tar.gz");
        TarBuilder.github(full, COMMIT, MTIME, "top", tiny());
        byte[] b = Files.readAllBytes(full);
        Files.delete(full);
        Path cut = tmp.resolve("cut.tar.gz");
        Files.write(cut, java.util.Arrays.copyOf(b, b.length / 2));
        refused(cut, "update.error.truncated");
    }

    @Test
    void somethingElseIsRefusedWithItsFirstBytes() throws Exception {
        Path html = tmp.resolve("page.tar.gz");
        Files.writeString(html, "<!DOCTYPE html><html>Sign in</html>");
        assertThatThrownBy(() -> unpack(html)).isInstanceOf(UpdateException.class)
                .satisfies(e -> assertThat(((UpdateException) e).args()).containsExactly("page.tar.gz", "<!DO"));
        Files.delete(html);
        Path notTar = tmp.resolve("plain.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(notTar))) {
            o.write("hello, this is not a tar archive at all".repeat(20).getBytes());
        }
        refused(notTar, "update.error.notTar");
    }

    @Test
    void anArchiveWithoutTheCatalogIsRefused() throws Exception {
        Path archive = tmp.resolve("other.tar.gz");
        TarBuilder.github(archive, COMMIT, MTIME, "some-project-abcdef0", Map.of("src/main.c", new byte[10]));
        refused(archive, "update.error.notCatalog");
    }

    @Test
    void theLimitsAreTheDocumentedOnes() {
        assertThat(List.of(UpdateLimits.DEFAULT.maxEntries(), UpdateLimits.DEFAULT.maxRatio()))
                .containsExactly(50_000, 200);
        assertThat(UpdateLimits.size(16L << 20)).isEqualTo("16.0 MiB");
    }
}
