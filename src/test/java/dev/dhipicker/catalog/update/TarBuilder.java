package dev.dhipicker.catalog.update;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes gzip-compressed tar archives for the tests, entry by entry, the way GitHub's tarballs
 * are made (a pax global header with the commit as its comment, a top folder, every entry dated
 * with the commit's time), and hostile ones (any name, links, devices, sizes that lie).
 */
public final class TarBuilder implements AutoCloseable {
    private final OutputStream out;
    private final long mtime;

    /** @param mtime seconds since the epoch given to every entry */
    public TarBuilder(Path file, long mtime) throws IOException {
        this.out = new GZIPOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16);
        this.mtime = mtime;
    }

    /** GitHub's tarball of a tree: global header with the commit, top folder, the files. */
    public static void github(Path file, String commit, long mtime, String top, Map<String, byte[]> files) throws IOException {
        try (TarBuilder t = new TarBuilder(file, mtime)) {
            if (commit != null) {
                t.globalComment(commit);
            }
            t.dir(top + "/");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                t.file(top + "/" + e.getKey(), e.getValue());
            }
        }
    }

    void globalComment(String commit) throws IOException {
        byte[] rec = pax("comment", commit);
        header("pax_global_header", 'g', rec.length, "");
        data(rec);
    }

    void dir(String name) throws IOException {
        header(name, '5', 0, "");
    }

    public void file(String name, byte[] data) throws IOException {
        if (name.getBytes(StandardCharsets.UTF_8).length > 99) {
            byte[] rec = pax("path", name);
            header("PaxHeaders/long", 'x', rec.length, "");
            data(rec);
            name = name.substring(name.length() - 90);
        }
        header(name, '0', data.length, "");
        data(data);
    }

    /** A file whose header claims a size; only {@code data} follows (the archive may then be truncated). */
    void fileClaiming(String name, long size, byte[] data) throws IOException {
        header(name, '0', size, "");
        out.write(data);
    }

    /** A file of {@code size} zero bytes, written in pieces. */
    public void zeros(String name, long size) throws IOException {
        header(name, '0', size, "");
        byte[] block = new byte[1 << 16];
        long left = size;
        while (left > 0) {
            int n = (int) Math.min(block.length, left);
            out.write(block, 0, n);
            left -= n;
        }
        pad(size);
    }

    public void symlink(String name, String target) throws IOException {
        header(name, '2', 0, target);
    }

    void hardlink(String name, String target) throws IOException {
        header(name, '1', 0, target);
    }

    void special(String name, char type) throws IOException {
        header(name, type, 0, "");
    }

    private static byte[] pax(String key, String value) {
        String body = " " + key + "=" + value + "\n";
        int len = body.length();
        int total = len + String.valueOf(len).length();
        if (String.valueOf(total).length() != String.valueOf(len).length()) {
            total++;
        }
        return (total + body).getBytes(StandardCharsets.UTF_8);
    }

    private void header(String name, char type, long size, String link) throws IOException {
        byte[] h = new byte[512];
        put(h, 0, 100, name);
        put(h, 100, 8, String.format("%07o", type == '5' ? 0755 : 0644));
        put(h, 108, 8, "0000000");
        put(h, 116, 8, "0000000");
        put(h, 124, 12, String.format("%011o", size));
        put(h, 136, 12, String.format("%011o", mtime));
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        h[156] = (byte) type;
        put(h, 157, 100, link);
        put(h, 257, 6, "ustar");
        put(h, 263, 2, "00");
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, 8, String.format("%06o", sum));
        h[154] = 0;
        h[155] = ' ';
        out.write(h);
    }

    private static void put(byte[] h, int off, int len, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, off, Math.min(len, b.length));
    }

    private void data(byte[] d) throws IOException {
        out.write(d);
        pad(d.length);
    }

    private void pad(long size) throws IOException {
        long r = size % 512;
        if (r != 0) {
            out.write(new byte[(int) (512 - r)]);
        }
    }

    /** Ends the archive (two zero blocks) and the compression. */
    @Override
    public void close() throws IOException {
        out.write(new byte[1024]);
        out.close();
    }

    /** Ends only the compression, without the end marker. */
    void closeWithoutEnd() throws IOException {
        out.close();
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
