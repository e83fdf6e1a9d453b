package dev.dhipicker.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the bundled catalog format: compact JSON with one image definition per line, fields in
 * a fixed order, empty lists and nulls left out. The same input always gives the same bytes.
 */
public final class CatalogJsonWriter {

    private final JsonFactory factory = new JsonFactory();

    /** Serialises an import result. */
    public byte[] write(ImportResult r) {
        Map<String, List<ImageDefinition>> byRepo = new TreeMap<>();
        for (ImageDefinition d : r.definitions()) {
            byRepo.computeIfAbsent(d.repository(), k -> new java.util.ArrayList<>()).add(d);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 21);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("format", CatalogLoader.FORMAT);
            g.writeRaw("\n");
            g.writeObjectFieldStart("info");
            g.writeStringField("source", r.info().source());
            g.writeStringField("upstreamCommit", r.info().upstreamCommit());
            g.writeStringField("snapshotDate", r.info().snapshotDate().toString());
            g.writeStringField("generator", r.info().generator());
            g.writeEndObject();
            g.writeRaw("\n");
            g.writeArrayFieldStart("repositories");
            for (Repository repo : r.repositories()) {
                g.writeRaw("\n");
                g.writeStartObject();
                g.writeStringField("name", repo.name());
                g.writeStringField("displayName", repo.displayName());
                optString(g, "description", repo.description());
                optList(g, "categories", repo.categories());
                if (!repo.tools().isEmpty()) {
                    g.writeArrayFieldStart("tools");
                    for (Tool t : repo.tools()) {
                        g.writeStartObject();
                        g.writeStringField("name", t.name());
                        optString(g, "description", t.description());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                optList(g, "alternatives", repo.alternatives());
                g.writeArrayFieldStart("images");
                List<ImageDefinition> defs = byRepo.getOrDefault(repo.name(), List.of());
                for (ImageDefinition d : defs) {
                    g.writeRaw("\n");
                    writeDefinition(g, d);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw("\n");
            g.writeArrayFieldStart("charts");
            for (HelmChart c : r.charts()) {
                g.writeRaw("\n");
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeStringField("ociName", c.ociName());
                optString(g, "displayName", c.displayName());
                optString(g, "description", c.description());
                g.writeArrayFieldStart("versions");
                for (ChartVersion v : c.versions()) {
                    g.writeStartObject();
                    g.writeStringField("version", v.version());
                    g.writeStringField("file", v.file());
                    g.writeArrayFieldStart("images");
                    for (ChartImage i : v.images()) {
                        g.writeStartObject();
                        g.writeStringField("name", i.name());
                        g.writeStringField("reference", i.reference());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw("\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeDefinition(JsonGenerator g, ImageDefinition d) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", d.file());
        optString(g, "title", d.title());
        g.writeStringField("variant", d.variant().id());
        optList(g, "flavors", d.flavors());
        g.writeStringField("distro", d.distro().id());
        g.writeStringField("distroVersion", d.distroVersion());
        g.writeStringField("libc", d.libc().id());
        g.writeStringField("version", d.version());
        optList(g, "tags", d.tags());
        optList(g, "platforms", d.platforms());
        optDate(g, "release", d.release());
        optDate(g, "eol", d.endOfLife());
        optString(g, "user", d.user());
        if (d.uid() != null) {
            g.writeNumberField("uid", d.uid());
        }
        if (d.gid() != null) {
            g.writeNumberField("gid", d.gid());
        }
        optString(g, "workDir", d.workDir());
        optList(g, "entrypoint", d.entrypoint());
        optList(g, "cmd", d.cmd());
        optList(g, "ports", d.ports());
        g.writeNumberField("packageCount", d.packageCount());
        g.writeBooleanField("shell", d.shell());
        g.writeBooleanField("packageManager", d.packageManager());
        optList(g, "extraPackages", d.extraPackages());
        optList(g, "components", d.components());
        if (!d.environment().isEmpty()) {
            g.writeObjectFieldStart("environment");
            for (Map.Entry<String, String> e : d.environment().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        optList(g, "binPaths", d.binPaths());
        if (d.flavorImplied()) {
            g.writeBooleanField("flavorImplied", true);
        }
        g.writeEndObject();
    }

    private static void optString(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void optDate(JsonGenerator g, String name, LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }

    private static void optList(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
