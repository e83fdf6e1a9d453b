package dev.dhipicker.catalog.update;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads a gzip-compressed tar archive (POSIX ustar with pax headers, as GitHub's tarballs are,
 * and GNU long names) entry by entry into an {@link ArchiveSink}. Devices, FIFOs and sparse files
 * are refused; links are checked and never created.
 */
final class TarGzReader {
    private static final int BLOCK = 512;
    private static final int MAX_HEADER_DATA = 1 << 20;

    private TarGzReader() {
    }

    /**
     * Reads the archive.
     *
     * @return the commit of the pax global header's {@code comment} (GitHub writes it), or null
     */
    static String read(InputStream compressed, ArchiveSink sink, String archive) throws IOException, UpdateException {
        TarStreams.Counting raw = new TarStreams.Counting(compressed);
        InputStream in = new GZIPInputStream(raw, 65536);
        sink.setCompressedCounter(() -> raw.count);
        byte[] h = new byte[BLOCK];
        String commit = null;
        Map<String, String> pax = null;
        String longName = null;
        String longLink = null;
        while (true) {
            if (!readBlock(in, h)) {
                throw new EOFException("the archive ends without its end marker");
            }
            if (allZero(h)) {
                return commit;
            }
            if (!checksumOk(h)) {
                throw new UpdateException("update.error.notTar", archive);
            }
            char type = (char) h[156];
            long size = number(h, 124, 12, archive);
            long mtime = number(h, 136, 12, archive);
            String name = string(h, 0, 100);
            if (h[257] == 'u' && h[258] == 's' && h[259] == 't' && h[260] == 'a' && h[261] == 'r') {
                String prefix = string(h, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
            }
            String link = string(h, 157, 100);
            if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
                if (size > MAX_HEADER_DATA) {
                    throw new UpdateException("update.error.notTar", archive);
                }
                byte[] data = readData(in, (int) size);
                sink.count();
                switch (type) {
                    case 'x' -> pax = paxRecords(data, archive);
                    case 'g' -> {
                        String c = paxRecords(data, archive).get("comment");
                        if (c != null && c.strip().matches("[0-9a-f]{40}")) {
                            commit = c.strip();
                        }
                    }
                    case 'L' -> longName = cString(data);
                    default -> longLink = cString(data);
                }
                continue;
            }
            if (longName != null) {
                name = longName;
            }
            if (longLink != null) {
                link = longLink;
            }
            if (pax != null) {
                name = pax.getOrDefault("path", name);
                link = pax.getOrDefault("linkpath", link);
                if (pax.containsKey("size")) {
                    size = paxNumber(pax.get("size"), archive);
                }
                if (pax.containsKey("mtime")) {
                    try {
                        mtime = (long) Double.parseDouble(pax.get("mtime").strip());
                    } catch (NumberFormatException e) {
                        throw new UpdateException("update.error.notTar", archive);
                    }
                }
            }
            pax = null;
            longName = null;
            longLink = null;
            String clean = sink.entry(name);
            if (type != '0' && type != '\0' && type != '7' && size != 0) {
                throw new UpdateException("update.error.notTar", archive); // folders and links carry no data
            }
            switch (type) {
                case '0', '\0', '7' -> {
                    sink.file(clean, size, mtime, new TarStreams.Bounded(in, size));
                    skip(in, pad(size));
                }
                case '5' -> {
                    // folders are made as the files in them are written
                }
                case '2' -> {
                    sink.symlink(clean, link);
                }
                case '1' -> {
                    sink.hardLink(clean, link);
                }
                default -> throw new UpdateException("update.error.specialEntry", archive, ArchiveSink.printable(name),
                        String.valueOf(type));
            }
            sink.checkTotals();
        }
    }

    private static long pad(long size) {
        long r = size % BLOCK;
        return r == 0 ? 0 : BLOCK - r;
    }

    private static boolean readBlock(InputStream in, byte[] b) throws IOException {
        int off = 0;
        while (off < b.length) {
            int n = in.read(b, off, b.length - off);
            if (n < 0) {
                if (off == 0) {
                    return false;
                }
                throw new EOFException("the archive ends inside a header");
            }
            off += n;
        }
        return true;
    }

    private static byte[] readData(InputStream in, int size) throws IOException {
        byte[] data = in.readNBytes(size);
        if (data.length != size) {
            throw new EOFException("the archive ends inside a header");
        }
        skip(in, pad(size));
        return data;
    }

    private static void skip(InputStream in, long n) throws IOException {
        byte[] buf = new byte[8192];
        while (n > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n));
            if (r < 0) {
                throw new EOFException("the archive ends inside an entry");
            }
            n -= r;
        }
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean checksumOk(byte[] h) {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : (h[i] & 0xff);
        }
        String field = string(h, 148, 8).strip();
        try {
            return !field.isEmpty() && Long.parseLong(field, 8) == sum;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static long number(byte[] h, int off, int len, String archive) throws UpdateException {
        if ((h[off] & 0x80) != 0) {
            // base-256: only sizes far above every limit use it
            long v = 0;
            for (int i = off + 1; i < off + len; i++) {
                if (v > (Long.MAX_VALUE >> 9)) {
                    throw new UpdateException("update.error.notTar", archive);
                }
                v = (v << 8) | (h[i] & 0xff);
            }
            return v;
        }
        String s = string(h, off, len).strip();
        if (s.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new UpdateException("update.error.notTar", archive);
        }
    }

    private static long paxNumber(String s, String archive) throws UpdateException {
        try {
            long v = Long.parseLong(s.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UpdateException("update.error.notTar", archive);
        }
    }

    private static String string(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) {
            end++;
        }
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }

    private static String cString(byte[] data) {
        int end = 0;
        while (end < data.length && data[end] != 0) {
            end++;
        }
        return new String(data, 0, end, StandardCharsets.UTF_8);
    }

    /** Pax records: {@code "<length> <key>=<value>\n"} each. */
    static Map<String, String> paxRecords(byte[] data, String archive) throws UpdateException {
        Map<String, String> out = new HashMap<>();
        int pos = 0;
        while (pos < data.length) {
            int space = pos;
            while (space < data.length && data[space] != ' ') {
                space++;
            }
            int len;
            try {
                len = Integer.parseInt(new String(data, pos, space - pos, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw new UpdateException("update.error.notTar", archive);
            }
            if (len <= space - pos || pos + len > data.length) {
                throw new UpdateException("update.error.notTar", archive);
            }
            String rec = new String(data, space + 1, pos + len - space - 2, StandardCharsets.UTF_8);
            int eq = rec.indexOf('=');
            if (eq > 0) {
                out.put(rec.substring(0, eq), rec.substring(eq + 1));
            }
            pos += len;
        }
        return out;
    }
}
