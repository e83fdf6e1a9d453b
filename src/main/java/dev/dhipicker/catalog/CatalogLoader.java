package dev.dhipicker.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.catalog.ref.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a catalog: the bundled one from the class path, or another file given by the user.
 * Every problem is reported as a {@link CatalogException} naming the file, the JSON pointer (or
 * line) and the reason; nothing of a rejected file is used.
 */
public final class CatalogLoader {

    /** Class-path location of the bundled catalog. */
    public static final String BUNDLED_CATALOG = "/catalog-data/dhi-catalog.json";
    /** Class-path location of the hand-curated compliance facts. */
    public static final String BUNDLED_COMPLIANCE = "/catalog-data/compliance.json";
    /** Class-path location of the workload profiles. */
    public static final String BUNDLED_PROFILES = "/catalog-data/profiles.json";
    /** Class-path location pattern of the explanation texts ({@code %s} is the language tag). */
    public static final String BUNDLED_TEXTS = "/catalog-data/explanations.%s.json";
    /** The catalog file format this loader reads. */
    public static final int FORMAT = 1;

    private final JsonTreeReader json = new JsonTreeReader();

    /** Class-path location of the compact copy of the bundled catalog made at build time. */
    static final String BUNDLED_COMPACT = "/catalog-data/dhi-catalog.bin";

    /**
     * Loads the catalog bundled with the application: from its compact copy when the build made
     * one from exactly this JSON (much faster in a fresh JVM), otherwise from the JSON itself.
     */
    public Catalog loadBundled() throws CatalogException {
        InputStream compact = CatalogLoader.class.getResourceAsStream(BUNDLED_COMPACT);
        if (compact != null) {
            try (InputStream in = compact) {
                long[] stamp = bundledJsonStamp();
                Catalog c = CompactCatalog.read(in, stamp[0], stamp[1], bundledCompliance());
                if (c != null) {
                    return c;
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable copy is not fatal: the JSON below is the source of truth
            }
        }
        return loadBundledJson(readAll(BUNDLED_CATALOG));
    }

    /**
     * Size and CRC-32 of the bundled JSON. From a jar they are read from the jar's directory (a
     * fresh JVM would otherwise spend a noticeable part of its start-up inflating 1.5 MB only to
     * check a stamp); from a directory of classes (tests, {@code mvn javafx:run}) by reading the file.
     */
    long[] bundledJsonStamp() throws CatalogException, IOException {
        long[] fromJar = jarEntryStamp(CatalogLoader.class.getResource(BUNDLED_CATALOG));
        if (fromJar != null) {
            return fromJar;
        }
        byte[] json = readAll(BUNDLED_CATALOG);
        return new long[]{json.length, CompactCatalogBuilder.crc(json)};
    }

    /** Size and CRC-32 of a jar entry as the jar's directory records them, or null when not in a jar. */
    static long[] jarEntryStamp(java.net.URL url) throws IOException {
        if (url != null && url.openConnection() instanceof java.net.JarURLConnection jar) {
            jar.setUseCaches(false);
            try (java.util.jar.JarFile file = jar.getJarFile()) {
                java.util.zip.ZipEntry e = file.getEntry(jar.getEntryName());
                if (e != null && e.getSize() >= 0 && e.getCrc() >= 0) {
                    return new long[]{e.getSize(), e.getCrc()};
                }
            }
        }
        return null;
    }

    /** Loads the bundled catalog from its JSON (what {@link #loadBundled()} falls back to). */
    Catalog loadBundledJson(byte[] json) throws CatalogException {
        return fromStreams("bundled " + BUNDLED_CATALOG, new java.io.ByteArrayInputStream(json));
    }

    byte[] readAll(String resource) throws CatalogException {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CatalogException(resource, null, "cannot read: " + e.getMessage());
        }
    }

    private ComplianceFacts bundledCompliance() throws CatalogException {
        Object complianceRoot = readTree("bundled " + BUNDLED_COMPLIANCE, open(BUNDLED_COMPLIANCE));
        return bindCompliance(new JsonField("bundled " + BUNDLED_COMPLIANCE, "", complianceRoot));
    }

    /** Loads a catalog file; compliance facts stay the bundled ones. */
    public Catalog load(Path file) throws CatalogException {
        String name = file.toString();
        return fromStreams(name, InputFiles.open(file, name, MAX_CATALOG_BYTES));
    }

    /**
     * The compact copy of a catalog that {@link #loadWithCompactCopy} reads back: made from a
     * catalog this loader accepted, stamped with the size and CRC-32 of its JSON.
     *
     * @param catalog the catalog loaded from {@code json}
     * @param json    the catalog file's bytes
     */
    public byte[] compactCopy(Catalog catalog, byte[] json) {
        return CompactCatalog.write(catalog, json.length, CompactCatalogBuilder.crc(json));
    }

    /**
     * Loads a catalog file through its compact copy when the copy was made from exactly these
     * bytes (a user's updated catalog: a fresh JVM reads the copy several times faster than the
     * JSON), otherwise from the JSON with every check.
     *
     * @param file    the catalog file
     * @param compact its compact copy ({@link #compactCopy}); may be missing, stale or damaged
     */
    public Catalog loadWithCompactCopy(Path file, Path compact) throws CatalogException {
        String name = file.toString();
        byte[] json;
        try (InputStream in = InputFiles.open(file, name, MAX_CATALOG_BYTES)) {
            json = in.readAllBytes();
        } catch (InputFiles.TooLargeException e) {
            throw new CatalogException(name, null, "is too large: " + e.getMessage());
        } catch (IOException e) {
            throw new CatalogException(name, null, "cannot read: " + InputFiles.reason(e));
        }
        if (compact != null && Files.isRegularFile(compact)) {
            try (InputStream in = Files.newInputStream(compact)) {
                Catalog c = CompactCatalog.read(in, json.length, CompactCatalogBuilder.crc(json), bundledCompliance());
                if (c != null) {
                    return c;
                }
            } catch (IOException | RuntimeException e) {
                // a damaged copy is not fatal: the JSON below is the source of truth
            }
        }
        return fromStreams(name, new java.io.ByteArrayInputStream(json));
    }

    /**
     * The largest catalog file read: far above the bundled one (about 1.5 MB), low enough that a
     * huge or endless file is refused before it is parsed rather than exhausting memory.
     */
    public static final long MAX_CATALOG_BYTES = 32L * 1024 * 1024;

    /** Loads a catalog from a stream (for tests and tools); compliance facts stay the bundled ones. */
    public Catalog load(String name, InputStream in) throws CatalogException {
        return fromStreams(name, in);
    }

    /** Loads the bundled workload profiles, checking that every repository they name is in the catalog. */
    public WorkloadProfiles loadProfiles(Catalog catalog) throws CatalogException {
        String name = "bundled " + BUNDLED_PROFILES;
        JsonField root = new JsonField(name, "", readTree(name, open(BUNDLED_PROFILES)));
        root.only("$comment", "schemaVersion", "profiles");
        List<WorkloadProfile> out = new ArrayList<>();
        for (JsonField p : root.get("profiles").array()) {
            p.only("id", "displayName", "displayNames", "build", "runtime", "versionFrom", "link", "notes", "muslPitfalls",
                    "fipsPitfalls", "port", "source");
            JsonField build = p.get("build").only("repository", "kind");
            JsonField runtime = p.get("runtime").only("repository", "mode", "flavor");
            for (JsonField repo : List.of(build.get("repository"), runtime.get("repository"))) {
                if (catalog.repository(repo.text()).isEmpty()) {
                    throw repo.error("it has no repository '" + repo.text() + "', which the workload profile '"
                            + p.get("id").text() + "' needs");
                }
            }
            JsonField names = p.get("displayNames").only("zh-CN");
            Map<String, String> displayNames = new LinkedHashMap<>();
            displayNames.put("zh-CN", names.get("zh-CN").nonEmptyText());
            out.add(new WorkloadProfile(p.get("id").nonEmptyText(), p.get("displayName").nonEmptyText(), displayNames,
                    build.get("repository").text(), enumOf(WorkloadProfile.BuildKind.class, build.get("kind")),
                    runtime.get("repository").text(), enumOf(WorkloadProfile.RuntimeMode.class, runtime.get("mode")),
                    runtime.opt("flavor").textOrNull(), "build".equals(p.get("versionFrom").text()),
                    enumOf(WorkloadProfile.VersionLink.class, p.get("link")), p.opt("notes").strings(),
                    p.opt("muslPitfalls").strings(), p.opt("fipsPitfalls").strings(), p.opt("port").integerOrNull(),
                    p.get("source").text()));
        }
        return new WorkloadProfiles(out);
    }

    /** Loads the bundled explanation texts of a language ({@code en}, {@code zh-CN}). */
    public TextCatalog loadTexts(String language) throws CatalogException {
        String resource = String.format(BUNDLED_TEXTS, language);
        String name = "bundled " + resource;
        JsonField root = new JsonField(name, "", readTree(name, open(resource)));
        root.only("$comment", "schemaVersion", "language", "texts");
        Map<String, TextCatalog.Text> texts = new LinkedHashMap<>();
        JsonField t = root.get("texts");
        for (JsonField entry : t.members()) {
            entry.only("text", "source");
            texts.put(entry.name(), new TextCatalog.Text(entry.get("text").nonEmptyText(), entry.get("source").nonEmptyText()));
        }
        return new TextCatalog(root.get("language").text(), texts);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, JsonField f) throws CatalogException {
        String id = f.text();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(id.replace('-', '_'))) {
                return e;
            }
        }
        throw f.error("unknown value '" + id + "'");
    }

    private Catalog fromStreams(String name, InputStream catalogIn) throws CatalogException {
        Object root = readTree(name, catalogIn);
        return bindCatalog(new JsonField(name, "", root), bundledCompliance());
    }

    private InputStream open(String resource) throws CatalogException {
        InputStream in = CatalogLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new CatalogException(resource, null, "is missing from the application's class path");
        }
        return in;
    }

    private Object readTree(String name, InputStream in) throws CatalogException {
        try (InputStream s = in) {
            Object n = json.read(s);
            if (n == null) {
                throw new CatalogException(name, null, "file is empty");
            }
            return n;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? null : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new CatalogException(name, where, "a value is too large: " + JacksonText.readable(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? null : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new CatalogException(name, where, "malformed JSON: " + JacksonText.readable(e.getOriginalMessage()));
        } catch (java.io.CharConversionException e) {
            throw new CatalogException(name, null, "is not text in UTF-8 (or UTF-16/UTF-32): "
                    + JacksonText.readable(e.getMessage()));
        } catch (InputFiles.TooLargeException e) {
            throw new CatalogException(name, null, "is too large: " + e.getMessage());
        } catch (IOException e) {
            throw new CatalogException(name, null, "cannot read: " + InputFiles.reason(e));
        }
    }

    private Catalog bindCatalog(JsonField root, ComplianceFacts compliance) throws CatalogException {
        root.only("format", "info", "repositories", "charts");
        JsonField format = root.get("format");
        if (format.integer() != FORMAT) {
            throw format.error("unsupported catalog format " + format.node() + " (this version reads " + FORMAT + ")");
        }
        JsonField i = root.get("info").only("source", "upstreamCommit", "snapshotDate", "generator");
        JsonField snapshot = i.get("snapshotDate");
        CatalogInfo info = new CatalogInfo(i.get("source").nonEmptyText(), i.get("upstreamCommit").nonEmptyText(),
                snapshot.dateOrNull(), i.get("generator").nonEmptyText());

        List<Repository> repos = new ArrayList<>();
        List<ImageDefinition> defs = new ArrayList<>();
        Map<ImageDefinition, Tag[]> parsedTags = new IdentityHashMap<>();
        Map<String, JsonField> seenRepos = new HashMap<>();
        for (JsonField r : root.get("repositories").array()) {
            r.only("name", "displayName", "description", "categories", "tools", "alternatives", "images");
            JsonField nameField = r.get("name");
            String name = nameField.nonEmptyText();
            try {
                ImageReference ref = ImageReference.parse("dhi.io/" + name);
                if (!ref.path().equals(name) || name.indexOf('/') >= 0) {
                    throw nameField.error("'" + name + "' is not a single repository name");
                }
            } catch (InvalidReferenceException e) {
                throw nameField.error("repository name is not valid: " + e.getMessage());
            }
            JsonField prev = seenRepos.put(name, nameField);
            if (prev != null) {
                throw nameField.error("repository '" + name + "' is listed twice (first at " + prev.pointer() + ")");
            }
            List<Tool> tools = new ArrayList<>();
            for (JsonField t : r.opt("tools").arrayOrEmpty()) {
                t.only("name", "description");
                tools.add(new Tool(t.get("name").text(), t.opt("description").proseOrNull()));
            }
            repos.add(new Repository(name, r.get("displayName").text(), r.opt("description").proseOrNull(),
                    r.opt("categories").strings(), tools, r.opt("alternatives").strings()));
            Map<String, JsonField> seenTags = new HashMap<>();
            for (JsonField d : r.opt("images").arrayOrEmpty()) {
                defs.add(bindDefinition(name, d, seenTags, parsedTags));
            }
        }
        List<HelmChart> charts = new ArrayList<>();
        Map<String, JsonField> seenCharts = new HashMap<>();
        for (JsonField c : root.opt("charts").arrayOrEmpty()) {
            c.only("name", "ociName", "displayName", "description", "versions");
            JsonField nameField = c.get("name");
            String name = nameField.nonEmptyText();
            JsonField prev = seenCharts.put(name, nameField);
            if (prev != null) {
                throw nameField.error("chart '" + name + "' is listed twice (first at " + prev.pointer() + ")");
            }
            List<ChartVersion> versions = new ArrayList<>();
            for (JsonField v : c.get("versions").array()) {
                v.only("version", "file", "images");
                List<ChartImage> images = new ArrayList<>();
                for (JsonField im : v.opt("images").arrayOrEmpty()) {
                    im.only("name", "reference");
                    JsonField refField = im.get("reference");
                    String ref = refField.text();
                    try {
                        ImageReference.parse(ref);
                    } catch (InvalidReferenceException e) {
                        throw refField.error("not a valid image reference: " + e.getMessage());
                    }
                    images.add(new ChartImage(im.get("name").text(), ref));
                }
                versions.add(new ChartVersion(v.get("version").nonEmptyText(), v.get("file").text(), images));
            }
            charts.add(new HelmChart(name, c.get("ociName").nonEmptyText(), c.opt("displayName").textOrNull(),
                    c.opt("description").proseOrNull(), versions));
        }
        return new Catalog(info, repos, defs, charts, compliance, parsedTags);
    }

    /** Binds one definition; the tags it parses while checking them are kept in {@code parsedTags}. */
    private ImageDefinition bindDefinition(String repo, JsonField d, Map<String, JsonField> seenTags,
                                           Map<ImageDefinition, Tag[]> parsedTags) throws CatalogException {
        d.only("file", "title", "variant", "flavors", "distro", "distroVersion", "libc", "version", "tags",
                "platforms", "release", "eol", "user", "uid", "gid", "workDir", "entrypoint", "cmd", "ports",
                "packageCount", "shell", "packageManager", "extraPackages", "components", "environment",
                "binPaths", "flavorImplied");
        JsonField variantField = d.get("variant");
        Variant variant = Variant.fromId(variantField.text());
        if (variant == null) {
            throw variantField.error("unknown variant '" + variantField.text() + "' (expected runtime or dev)");
        }
        JsonField distroField = d.get("distro");
        DistroFamily distro = DistroFamily.fromId(distroField.text());
        if (distro == null) {
            throw distroField.error("unknown distro '" + distroField.text() + "' (expected debian or alpine)");
        }
        JsonField libcField = d.get("libc");
        Libc libc = Libc.fromId(libcField.text());
        if (libc == null) {
            throw libcField.error("unknown libc '" + libcField.text() + "' (expected glibc, musl or none)");
        }
        String file = d.get("file").nonEmptyText();
        List<String> tags = new ArrayList<>();
        List<Tag> parsed = new ArrayList<>();
        List<JsonField> tagFields = d.get("tags").array();
        if (tagFields.isEmpty()) {
            throw d.get("tags").error("a definition needs at least one tag");
        }
        for (JsonField t : tagFields) {
            String tag = t.nonEmptyText();
            try {
                // The repository name was checked once above; with it, a reference is valid exactly
                // when the tag is (the tag grammar also rules out blanks and control characters).
                parsed.add(Tag.parse(tag));
            } catch (InvalidReferenceException e) {
                throw t.error("tag is not a valid reference: " + e.getMessage());
            }
            JsonField prev = seenTags.put(tag, t);
            if (prev != null) {
                throw t.error("duplicate tag '" + repo + ":" + tag + "' (also at " + prev.pointer() + ")");
            }
            tags.add(tag);
        }
        // Every image runs as some user: without its uid a Dockerfile could set neither USER nor --chown.
        JsonField uidField = d.get("uid");
        if (uidField.integer() < 0) {
            throw uidField.error("must not be negative (the uid the image runs as)");
        }
        JsonField gidField = d.opt("gid");
        if (gidField.present() && gidField.integer() < 0) {
            throw gidField.error("must not be negative (the gid the image runs as)");
        }
        JsonField countField = d.get("packageCount");
        if (countField.integer() < 0) {
            throw countField.error("must not be negative");
        }
        ImageDefinition def = new ImageDefinition(repo, file, d.opt("title").textOrNull(), variant, d.opt("flavors").strings(),
                distro, d.get("distroVersion").nonEmptyText(), libc, d.get("version").nonEmptyText(), tags,
                d.opt("platforms").strings(), d.opt("release").dateOrNull(), d.opt("eol").dateOrNull(),
                d.opt("user").textOrNull(), uidField.integer(), gidField.integerOrNull(),
                d.opt("workDir").textOrNull(), d.opt("entrypoint").strings(), d.opt("cmd").strings(),
                d.opt("ports").strings(), countField.integer(), d.get("shell").bool(),
                d.get("packageManager").bool(), d.opt("extraPackages").strings(), d.opt("components").strings(),
                environment(d.opt("environment")), d.opt("binPaths").strings(), d.opt("flavorImplied").present() && d.get("flavorImplied").bool());
        parsedTags.put(def, parsed.toArray(new Tag[0]));
        return def;
    }

    /**
     * The environment an image sets: an object of names to one-line strings, in file order; a name
     * must be non-empty and free of control characters like its value.
     */
    private static Map<String, String> environment(JsonField env) throws CatalogException {
        if (!env.present()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonField v : env.members()) {
            String name = v.name();
            int bad = ControlCharacters.indexOf(name, false);
            if (name.isEmpty() || bad >= 0) {
                throw v.error(name.isEmpty() ? "an environment variable name is empty"
                        : "the name contains the control character " + ControlCharacters.name(name.charAt(bad)));
            }
            out.put(name, v.text());
        }
        return out;
    }

    private ComplianceFacts bindCompliance(JsonField root) throws CatalogException {
        root.only("$comment", "schemaVersion", "sources", "tiers", "mirroredReference", "defaultOrg",
                "fipsTagSuffix", "stigTagSuffix", "stigConfirmation", "repositories");
        JsonField sources = root.get("sources").object();
        Map<String, FipsRepository> repos = new LinkedHashMap<>();
        for (JsonField r : root.get("repositories").array()) {
            r.only("repository", "guide", "fipsTags");
            String name = r.get("repository").nonEmptyText();
            repos.put(name, new FipsRepository(name, r.get("guide").nonEmptyText(), r.get("fipsTags").strings()));
        }
        return new ComplianceFacts(sources.get("fips").text(), sources.get("stig").text(),
                sources.get("mirror").text(), root.get("tiers").strings(), root.get("mirroredReference").text(),
                root.get("defaultOrg").text(), root.get("stigConfirmation").text(), repos);
    }
}
