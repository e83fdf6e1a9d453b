package dev.dhipicker.catalog.update;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The commit a checkout is at, read from its {@code .git} folder without running git: HEAD (a
 * branch through its ref file or {@code packed-refs}, or a detached commit), and the commit's date
 * from its object (loose, or a whole object in a pack; a commit stored as a delta is not read).
 */
final class GitCheckout {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern COMMITTER = Pattern.compile("(?m)^committer .* (\\d+) [+-]\\d{4}$");

    /** What was found; either part may be null. */
    record Head(String commit, LocalDate date) {
    }

    private GitCheckout() {
    }

    /** The checkout's HEAD, or nulls when the folder has no readable {@code .git}. */
    static Head read(Path checkout) {
        try {
            Path git = checkout.resolve(".git");
            if (Files.isRegularFile(git)) { // a worktree or submodule: "gitdir: <path>"
                String s = Files.readString(git).strip();
                if (!s.startsWith("gitdir:")) {
                    return new Head(null, null);
                }
                git = checkout.resolve(s.substring("gitdir:".length()).strip());
            }
            if (!Files.isDirectory(git)) {
                return new Head(null, null);
            }
            String head = Files.readString(git.resolve("HEAD")).strip();
            String commit = head.startsWith("ref:") ? ref(git, head.substring(4).strip()) : head;
            if (commit == null || !SHA.matcher(commit).matches()) {
                return new Head(null, null);
            }
            return new Head(commit, date(git, commit));
        } catch (IOException | RuntimeException e) {
            return new Head(null, null);
        }
    }

    private static String ref(Path git, String name) throws IOException {
        Path common = git;
        Path commonFile = git.resolve("commondir");
        if (Files.isRegularFile(commonFile)) {
            common = git.resolve(Files.readString(commonFile).strip());
        }
        for (Path dir : new Path[]{git, common}) {
            Path f = dir.resolve(name).normalize();
            if (f.startsWith(dir) && Files.isRegularFile(f)) {
                return Files.readString(f).strip();
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed)) {
                String[] p = line.split(" ");
                if (p.length == 2 && p[1].equals(name)) {
                    return p[0];
                }
            }
        }
        return null;
    }

    private static LocalDate date(Path git, String commit) throws IOException {
        Path objects = git.resolve("objects");
        Path common = git.resolve("commondir");
        if (Files.isRegularFile(common)) {
            objects = git.resolve(Files.readString(common).strip()).resolve("objects");
        }
        byte[] body = null;
        Path loose = objects.resolve(commit.substring(0, 2)).resolve(commit.substring(2));
        if (Files.isRegularFile(loose)) {
            body = inflate(Files.readAllBytes(loose), 0);
        } else if (Files.isDirectory(objects.resolve("pack"))) {
            try (var s = Files.newDirectoryStream(objects.resolve("pack"), "*.idx")) {
                for (Path idx : s) {
                    body = fromPack(idx, commit);
                    if (body != null) {
                        break;
                    }
                }
            }
        }
        if (body == null) {
            return null;
        }
        Matcher m = COMMITTER.matcher(new String(body, StandardCharsets.UTF_8));
        return m.find() ? LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(m.group(1))), ZoneOffset.UTC) : null;
    }

    /** A commit object stored whole in a pack (version-2 index), or null. */
    private static byte[] fromPack(Path idx, String commit) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(idx));
        if (b.getInt(0) != 0xff744f63 || b.getInt(4) != 2) {
            return null;
        }
        byte[] want = new byte[20];
        for (int i = 0; i < 20; i++) {
            want[i] = (byte) Integer.parseInt(commit.substring(2 * i, 2 * i + 2), 16);
        }
        int first = want[0] & 0xff;
        int lo = first == 0 ? 0 : b.getInt(8 + 4 * (first - 1));
        int hi = b.getInt(8 + 4 * first);
        int total = b.getInt(8 + 4 * 255);
        int names = 8 + 256 * 4;
        for (int i = lo; i < hi; i++) {
            boolean same = true;
            for (int k = 0; k < 20 && same; k++) {
                same = b.get(names + 20 * i + k) == want[k];
            }
            if (!same) {
                continue;
            }
            int offsets = names + 20 * total + 4 * total;
            long offset = b.getInt(offsets + 4 * i) & 0xffffffffL;
            if ((offset & 0x80000000L) != 0) {
                offset = b.getLong(offsets + 4 * total + 8 * (int) (offset & 0x7fffffffL));
            }
            String packName = idx.getFileName().toString().replaceAll("\\.idx$", ".pack");
            try (RandomAccessFile pack = new RandomAccessFile(idx.resolveSibling(packName).toFile(), "r")) {
                byte[] chunk = new byte[(int) Math.min(64 * 1024, pack.length() - offset)];
                pack.seek(offset);
                pack.readFully(chunk);
                int type = (chunk[0] >> 4) & 7;
                int pos = 0;
                while ((chunk[pos] & 0x80) != 0) {
                    pos++;
                }
                return type == 1 ? inflate(chunk, pos + 1) : null;
            }
        }
        return null;
    }

    private static byte[] inflate(byte[] data, int offset) throws IOException {
        Inflater inf = new Inflater();
        try {
            inf.setInput(data, offset, data.length - offset);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inf.finished() && out.size() < (1 << 20)) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IOException(e);
        } finally {
            inf.end();
        }
    }
}
