package dev.dhipicker.catalog;

import dev.dhipicker.catalog.ref.ImageReference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The bundled mapping from well-known upstream images (Docker Official Images, Microsoft .NET,
 * distroless, Chainguard, Bitnami, the upstream registries of application images) to the
 * Docker Hardened Image repositories that replace them.
 */
public final class ImageMap {
    /** The bundled resource. */
    public static final String RESOURCE = "/catalog-data/image-map.json";

    private final Map<String, List<ImageMapping>> exact = new HashMap<>();
    private final List<ImageMapping> wildcards = new ArrayList<>();

    /** A mapping entry that matched a name, with the part the wildcard matched (empty for exact entries). */
    public record Match(ImageMapping mapping, String rest) {
    }

    public ImageMap(List<ImageMapping> entries) {
        for (ImageMapping m : entries) {
            if (m.wildcard()) {
                wildcards.add(m);
            } else {
                exact.computeIfAbsent(m.upstream(), k -> new ArrayList<>()).add(m);
            }
        }
        // entries of one name that cover some tags only are tried before the one that covers the rest
        exact.values().forEach(l -> l.sort((a, b) -> Boolean.compare(a.tags() == null, b.tags() == null)));
        wildcards.sort((a, b) -> b.upstream().length() - a.upstream().length());
    }

    /** Every entry. */
    public List<ImageMapping> entries() {
        List<ImageMapping> all = new ArrayList<>();
        exact.values().forEach(all::addAll);
        all.addAll(wildcards);
        return all;
    }

    /**
     * The upstream name of a reference as the mapping writes it: Docker Hub without
     * {@code docker.io/library/}. Docker Hub's images pulled through a public mirror of Docker Hub
     * are the same images: Google's {@code mirror.gcr.io/<hub path>} and Amazon ECR Public's
     * {@code public.ecr.aws/docker/library/<name>} (the Docker Official Images).
     */
    public static String upstreamName(ImageReference ref) {
        String reg = ref.registry();
        String path = ref.path();
        if ("public.ecr.aws".equals(reg) && path.startsWith("docker/library/")) {
            reg = null;
            path = path.substring("docker/".length());
        }
        boolean hub = reg == null || reg.equals("docker.io") || reg.equals("index.docker.io")
                || reg.equals("registry-1.docker.io") || reg.equals("mirror.gcr.io");
        if (hub) {
            return path.startsWith("library/") ? path.substring("library/".length()) : path;
        }
        return reg + "/" + path;
    }

    /**
     * The entry for a reference, if the mapping knows its image: an exact entry of its name that
     * covers its tag, else the longest wildcard entry that matches the name and covers the tag.
     */
    public Optional<Match> lookup(ImageReference ref) {
        String name = upstreamName(ref);
        String tag = tagOf(ref);
        List<ImageMapping> named = exact.get(name);
        if (named != null) {
            // a name the mapping lists is never read through a wildcard: a tag its entries do not cover has none
            return named.stream().filter(m -> m.coversTag(tag)).findFirst().map(m -> new Match(m, ""));
        }
        for (ImageMapping w : wildcards) {
            String prefix = w.upstream().substring(0, w.upstream().length() - 1);
            if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0 && w.coversTag(tag)) {
                return Optional.of(new Match(w, name.substring(prefix.length())));
            }
        }
        return Optional.empty();
    }

    /**
     * The DHI repositories the mapping names for other tags of a reference's image when no entry
     * covers its own tag ({@code louislam/uptime-kuma:base2}, the project's base image, next to the
     * application's version tags); empty when an entry covers it or the name is unknown.
     */
    public List<String> otherTagsRepositories(ImageReference ref) {
        List<ImageMapping> named = exact.get(upstreamName(ref));
        if (named == null || lookup(ref).isPresent()) {
            return List.of();
        }
        return named.stream().map(ImageMapping::repository).distinct().toList();
    }

    private static String tagOf(ImageReference ref) {
        return ref.tag() == null ? "" : ref.tag().format().toLowerCase(java.util.Locale.ROOT);
    }

    /** Loads the bundled mapping and checks every repository against the catalog. */
    public static ImageMap loadBundled(Catalog catalog) throws CatalogException {
        try (InputStream in = ImageMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogException("image-map.json", null, "the bundled mapping " + RESOURCE + " is missing from the application");
            }
            return load("image-map.json", in, catalog);
        } catch (IOException e) {
            throw new CatalogException("image-map.json", null, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Loads a mapping.
     *
     * @throws CatalogException naming the entry and field that is wrong
     */
    public static ImageMap load(String name, InputStream in, Catalog catalog) throws CatalogException {
        Object root;
        try {
            // the streaming reader, not ObjectMapper: explain and migrate load this on a CLI start
            root = new JsonTreeReader().read(in);
        } catch (IOException e) {
            throw new CatalogException(name, null, "not valid JSON: " + JacksonText.readable(String.valueOf(e.getMessage())));
        }
        Object images = root instanceof Map<?, ?> m ? m.get("images") : null;
        if (!(images instanceof List<?> list)) {
            throw new CatalogException(name, "/images", "must be an array");
        }
        List<ImageMapping> out = new ArrayList<>();
        int i = 0;
        for (Object item : list) {
            String where0 = "/images/" + i;
            if (!(item instanceof Map<?, ?> n)) {
                throw new CatalogException(name, where0, "must be an object");
            }
            String where = "/images/" + i++;
            String upstream = text(n, "upstream", name, where, true);
            String repo = text(n, "repository", name, where, true);
            if (catalog != null && catalog.repository(repo).isEmpty()) {
                throw new CatalogException(name, where + "/repository", "'" + repo + "' is not a repository of the catalog");
            }
            String kindText = text(n, "kind", name, where, true);
            ImageMapping.Kind kind = ImageMapping.Kind.fromId(kindText);
            if (kind == null) {
                throw new CatalogException(name, where + "/kind", "'" + kindText
                        + "' is not runtime, jdk, sdk, build-tool, application, base or static");
            }
            Object nearest = n.get("nearest");
            if (nearest != null && !(nearest instanceof Boolean)) {
                throw new CatalogException(name, where + "/nearest", "must be true or false");
            }
            String workload = text(n, "workload", name, where, false);
            String use = text(n, "use", name, where, false);
            String version = text(n, "version", name, where, false);
            String pattern = text(n, "versionPattern", name, where, false);
            if (pattern != null) {
                try {
                    if (Pattern.compile(pattern).matcher("").groupCount() < 1) {
                        throw new CatalogException(name, where + "/versionPattern", "needs a group");
                    }
                } catch (PatternSyntaxException e) {
                    throw new CatalogException(name, where + "/versionPattern", "not a regular expression: " + e.getDescription());
                }
            }
            ImageMapping.VersionSource vs;
            try {
                vs = version == null ? ImageMapping.VersionSource.TAG
                        : ImageMapping.VersionSource.valueOf(version.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CatalogException(name, where + "/version", "'" + version + "' is not tag, name or none");
            }
            Object port = n.get("port");
            Integer up = port instanceof Map<?, ?> pm ? integer(pm.get("upstream")) : null;
            Integer dhi = port instanceof Map<?, ?> pm ? integer(pm.get("dhi")) : null;
            if (port != null && (up == null || dhi == null)) {
                throw new CatalogException(name, where + "/port", "needs integer fields upstream and dhi");
            }
            String tags = text(n, "tags", name, where, false);
            if (tags != null) {
                try {
                    Pattern.compile(tags);
                } catch (PatternSyntaxException e) {
                    throw new CatalogException(name, where + "/tags", "not a regular expression: " + e.getDescription());
                }
            }
            String line = text(n, "line", name, where, false);
            if (line != null && !line.matches("\\d+(\\.\\d+)*")) {
                throw new CatalogException(name, where + "/line", "'" + line + "' is not a version line such as 3.11");
            }
            ImageMapping.Carried carries = carried(n.get("carries"), name, where + "/carries");
            List<String> entrypoint = new ArrayList<>();
            Object ep = n.get("entrypoint");
            if (ep != null) {
                if (!(ep instanceof List<?> words) || words.isEmpty()) {
                    throw new CatalogException(name, where + "/entrypoint", "must be a list of words");
                }
                for (Object w : words) {
                    if (!(w instanceof String word) || !word.matches("[A-Za-z0-9._/-]+")) {
                        throw new CatalogException(name, where + "/entrypoint", "holds a word that is not a plain command word");
                    }
                    entrypoint.add(word);
                }
            }
            out.add(new ImageMapping(upstream, repo, kind, Boolean.TRUE.equals(nearest), workload == null ? repo : workload,
                    "build".equals(use), vs,
                    pattern, text(n, "distro", name, where, false), up, dhi, List.copyOf(entrypoint), tags, line,
                    carries, text(n, "source", name, where, true)));
        }
        return new ImageMap(out);
    }

    private static ImageMapping.Carried carried(Object v, String name, String where) throws CatalogException {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> c)) {
            throw new CatalogException(name, where, "must be an object with image, paths and to");
        }
        String image = text(c, "image", name, where, true);
        String to = text(c, "to", name, where, true);
        if (!to.startsWith("/") || !to.endsWith("/")) {
            throw new CatalogException(name, where + "/to", "must be an absolute folder ending in /");
        }
        List<String> paths = new ArrayList<>();
        if (!(c.get("paths") instanceof List<?> list) || list.isEmpty()) {
            throw new CatalogException(name, where + "/paths", "must be a list of absolute paths");
        }
        for (Object p : list) {
            if (!(p instanceof String path) || !path.matches("/[A-Za-z0-9._/-]+")) {
                throw new CatalogException(name, where + "/paths", "holds a value that is not an absolute path");
            }
            paths.add(path);
        }
        return new ImageMapping.Carried(image, List.copyOf(paths), to);
    }

    private static Integer integer(Object v) {
        return v instanceof Long l && l == l.intValue() ? l.intValue() : null;
    }

    private static String text(Map<?, ?> n, String field, String name, String where, boolean required) throws CatalogException {
        Object v = n.get(field);
        if (v == null || v == JsonTreeReader.NULL) {
            if (required) {
                throw new CatalogException(name, where + "/" + field, "is missing");
            }
            return null;
        }
        if (!(v instanceof String t)) {
            throw new CatalogException(name, where + "/" + field, "must be a string");
        }
        return t;
    }
}
