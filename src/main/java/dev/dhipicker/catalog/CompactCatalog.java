package dev.dhipicker.catalog;

import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.Libc;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary copy of a catalog (a string table and small integers) that a fresh JVM reads
 * several times faster than the JSON. It is derived at build time from the bundled JSON, which
 * stays the source of truth and is checked against its schema and by the loader; the copy records
 * the length and CRC-32 of the JSON it came from, so a stale copy is never used.
 */
final class CompactCatalog {
    private static final int MAGIC = 0x44485043; // "DHPC"
    private static final int VERSION = 4;
    /** A date that is not given (dates are written as epoch days: LocalDate.parse is slow in a fresh JVM). */
    private static final int NO_DATE = Integer.MIN_VALUE;

    private CompactCatalog() {
    }

    /** Writes a catalog, stamped with the size and CRC-32 of the JSON it was loaded from. */
    static byte[] write(Catalog c, long jsonLength, long jsonCrc) {
        Strings strings = new Strings();
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(body)) {
            CatalogInfo i = c.info();
            strings.write(out, i.source());
            strings.write(out, i.upstreamCommit());
            writeDate(out, i.snapshotDate());
            strings.write(out, i.generator());
            List<Repository> repos = c.repositories();
            out.writeInt(repos.size());
            for (Repository r : repos) {
                strings.write(out, r.name());
                strings.write(out, r.displayName());
                strings.write(out, r.description());
                strings.writeList(out, r.categories());
                out.writeInt(r.tools().size());
                for (Tool t : r.tools()) {
                    strings.write(out, t.name());
                    strings.write(out, t.description());
                }
                strings.writeList(out, r.alternatives());
                List<ImageDefinition> defs = c.definitions(r.name());
                out.writeInt(defs.size());
                for (ImageDefinition d : defs) {
                    writeDefinition(out, strings, d);
                }
            }
            out.writeInt(c.charts().size());
            for (HelmChart h : c.charts().values()) {
                strings.write(out, h.name());
                strings.write(out, h.ociName());
                strings.write(out, h.displayName());
                strings.write(out, h.description());
                out.writeInt(h.versions().size());
                for (ChartVersion v : h.versions()) {
                    strings.write(out, v.version());
                    strings.write(out, v.file());
                    out.writeInt(v.images().size());
                    for (ChartImage im : v.images()) {
                        strings.write(out, im.name());
                        strings.write(out, im.reference());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + strings.bytes() + 64);
        try (DataOutputStream out = new DataOutputStream(all)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(jsonLength);
            out.writeLong(jsonCrc);
            out.writeInt(strings.list.size());
            for (String s : strings.list) {
                out.writeUTF(s);
            }
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toByteArray();
    }

    private static void writeDefinition(DataOutputStream out, Strings s, ImageDefinition d) throws IOException {
        s.write(out, d.file());
        s.write(out, d.title());
        out.writeByte(d.variant().ordinal());
        s.writeList(out, d.flavors());
        out.writeByte(d.distro().ordinal());
        s.write(out, d.distroVersion());
        out.writeByte(d.libc().ordinal());
        s.write(out, d.version());
        s.writeList(out, d.tags());
        s.writeList(out, d.platforms());
        writeDate(out, d.release());
        writeDate(out, d.endOfLife());
        s.write(out, d.user());
        out.writeInt(d.uid() == null ? -1 : d.uid());
        out.writeInt(d.gid() == null ? -1 : d.gid());
        s.write(out, d.workDir());
        s.writeList(out, d.entrypoint());
        s.writeList(out, d.cmd());
        s.writeList(out, d.ports());
        out.writeInt(d.packageCount());
        out.writeBoolean(d.shell());
        out.writeBoolean(d.packageManager());
        s.writeList(out, d.extraPackages());
        s.writeList(out, d.components());
        out.writeInt(d.environment().size());
        for (Map.Entry<String, String> e : d.environment().entrySet()) {
            s.write(out, e.getKey());
            s.write(out, e.getValue());
        }
        s.writeList(out, d.binPaths());
        out.writeBoolean(d.flavorImplied());
    }

    private static void writeDate(DataOutputStream out, LocalDate date) throws IOException {
        out.writeInt(date == null ? NO_DATE : Math.toIntExact(date.toEpochDay()));
    }

    private static LocalDate readDate(DataInputStream in) throws IOException {
        int day = in.readInt();
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    /**
     * Reads a compact copy, or returns null when it was made from other JSON than the one given
     * by length and CRC-32 (or has another format version).
     */
    static Catalog read(InputStream in, long jsonLength, long jsonCrc, ComplianceFacts compliance) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
        if (d.readInt() != MAGIC || d.readInt() != VERSION || d.readLong() != jsonLength || d.readLong() != jsonCrc) {
            return null;
        }
        String[] table = new String[d.readInt()];
        for (int i = 0; i < table.length; i++) {
            table[i] = d.readUTF();
        }
        Reader r = new Reader(d, table);
        String source = r.str();
        String commit = r.str();
        CatalogInfo info = new CatalogInfo(source, commit, readDate(d), r.str());
        int repoCount = d.readInt();
        List<Repository> repos = new ArrayList<>(repoCount);
        List<ImageDefinition> defs = new ArrayList<>(repoCount * 6);
        for (int i = 0; i < repoCount; i++) {
            String name = r.str();
            String display = r.str();
            String description = r.str();
            List<String> categories = r.list();
            int toolCount = d.readInt();
            List<Tool> tools = new ArrayList<>(toolCount);
            for (int t = 0; t < toolCount; t++) {
                tools.add(new Tool(r.str(), r.str()));
            }
            repos.add(new Repository(name, display, description, categories, tools, r.list()));
            int defCount = d.readInt();
            for (int k = 0; k < defCount; k++) {
                defs.add(readDefinition(name, d, r));
            }
        }
        int chartCount = d.readInt();
        List<HelmChart> charts = new ArrayList<>(chartCount);
        for (int i = 0; i < chartCount; i++) {
            String name = r.str();
            String oci = r.str();
            String display = r.str();
            String description = r.str();
            int vc = d.readInt();
            List<ChartVersion> versions = new ArrayList<>(vc);
            for (int v = 0; v < vc; v++) {
                String version = r.str();
                String file = r.str();
                int ic = d.readInt();
                List<ChartImage> images = new ArrayList<>(ic);
                for (int m = 0; m < ic; m++) {
                    images.add(new ChartImage(r.str(), r.str()));
                }
                versions.add(new ChartVersion(version, file, images));
            }
            charts.add(new HelmChart(name, oci, display, description, versions));
        }
        // the build made this copy with the validating loader: tags are parsed per repository on first use
        return new Catalog(info, repos, defs, charts, compliance, java.util.Map.of(), true);
    }

    private static ImageDefinition readDefinition(String repo, DataInputStream d, Reader r) throws IOException {
        String file = r.str();
        String title = r.str();
        Variant variant = Variant.values()[d.readByte()];
        List<String> flavors = r.list();
        DistroFamily distro = DistroFamily.values()[d.readByte()];
        String distroVersion = r.str();
        Libc libc = Libc.values()[d.readByte()];
        String version = r.str();
        List<String> tags = r.list();
        List<String> platforms = r.list();
        LocalDate release = readDate(d);
        LocalDate eol = readDate(d);
        String user = r.str();
        int uid = d.readInt();
        int gid = d.readInt();
        String workDir = r.str();
        List<String> entrypoint = r.list();
        List<String> cmd = r.list();
        List<String> ports = r.list();
        int packageCount = d.readInt();
        boolean shell = d.readBoolean();
        boolean packageManager = d.readBoolean();
        List<String> extra = r.list();
        List<String> components = r.list();
        int envCount = d.readInt();
        Map<String, String> environment = envCount == 0 ? Map.of() : new java.util.LinkedHashMap<>(envCount * 2);
        for (int i = 0; i < envCount; i++) {
            environment.put(r.str(), r.str());
        }
        return new ImageDefinition(repo, file, title, variant, flavors, distro, distroVersion, libc, version, tags,
                platforms, release, eol,
                user, uid < 0 ? null : uid, gid < 0 ? null : gid, workDir, entrypoint, cmd, ports, packageCount, shell,
                packageManager, extra, components, environment, r.list(), d.readBoolean());
    }

    /** The string table being built while writing. */
    private static final class Strings {
        final List<String> list = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();
        private int bytes;

        void write(DataOutputStream out, String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer i = index.get(s);
            if (i == null) {
                i = list.size();
                list.add(s);
                index.put(s, i);
                bytes += s.length() + 2;
            }
            out.writeInt(i);
        }

        void writeList(DataOutputStream out, List<String> values) throws IOException {
            out.writeInt(values.size());
            for (String v : values) {
                write(out, v);
            }
        }

        int bytes() {
            return bytes;
        }
    }

    /** Reads string-table references. */
    private record Reader(DataInputStream in, String[] table) {
        String str() throws IOException {
            int i = in.readInt();
            return i < 0 ? null : table[i];
        }

        List<String> list() throws IOException {
            int n = in.readInt();
            if (n == 0) {
                return List.of();
            }
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                out[i] = str();
            }
            return List.of(out);
        }
    }
}
