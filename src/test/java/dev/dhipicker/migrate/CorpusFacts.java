package dev.dhipicker.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The facts the real-corpus invariants compare against, read straight from the bundled data files
 * ({@code catalog-data/image-map.json}, {@code catalog-data/dhi-catalog.json}) with a JSON reader,
 * not through the catalog or migrate code under test.
 */
final class CorpusFacts {
    /** One published DHI tag: the repository, its variant, libc and whether it has a shell. */
    record Tag(String repository, String tag, String variant, String libc, String distro, boolean shell) {
    }

    private record Entry(String upstream, String repository, String tags) {
    }

    private static final List<Entry> MAP = new ArrayList<>();
    private static final Map<String, Map<String, Tag>> TAGS = new HashMap<>();

    static {
        try {
            ObjectMapper json = new ObjectMapper();
            for (JsonNode e : json.readTree(Path.of("catalog-data/image-map.json").toFile()).get("images")) {
                MAP.add(new Entry(e.get("upstream").asText(), e.get("repository").asText(),
                        e.hasNonNull("tags") ? e.get("tags").asText() : null));
            }
            for (JsonNode r : json.readTree(Path.of("catalog-data/dhi-catalog.json").toFile()).get("repositories")) {
                Map<String, Tag> tags = new HashMap<>();
                for (JsonNode i : r.get("images")) {
                    for (JsonNode t : i.get("tags")) {
                        tags.put(t.asText(), new Tag(r.get("name").asText(), t.asText(), i.path("variant").asText(),
                                i.path("libc").asText(), i.path("distro").asText(), i.path("shell").asBoolean()));
                    }
                }
                TAGS.put(r.get("name").asText(), tags);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CorpusFacts() {
    }

    /** The image name of a reference: no tag, digest, Docker Hub host or mirror, or library/ prefix, lower case. */
    static String imageName(String reference) {
        String r = reference.toLowerCase(Locale.ROOT);
        int at = r.indexOf('@');
        if (at >= 0) {
            r = r.substring(0, at);
        }
        int colon = r.lastIndexOf(':');
        if (colon > r.lastIndexOf('/')) {
            r = r.substring(0, colon);
        }
        // Docker Hub's hosts, and its public mirrors (Google's mirror.gcr.io, ECR Public's Docker Official Images)
        if (r.startsWith("public.ecr.aws/docker/library/")) {
            r = r.substring("public.ecr.aws/docker/".length());
        }
        for (String prefix : List.of("docker.io/", "index.docker.io/", "registry-1.docker.io/", "mirror.gcr.io/")) {
            if (r.startsWith(prefix)) {
                r = r.substring(prefix.length());
            }
        }
        if (r.startsWith("library/")) {
            r = r.substring("library/".length());
        }
        return r;
    }

    /** The tag of a reference, or "" when it has none. */
    static String tag(String reference) {
        String r = reference;
        int at = r.indexOf('@');
        if (at >= 0) {
            r = r.substring(0, at);
        }
        int colon = r.lastIndexOf(':');
        return colon > r.lastIndexOf('/') ? r.substring(colon + 1) : "";
    }

    /**
     * The DHI repository the image map names for an upstream reference, or null when it has no
     * entry; a trailing {@code *} matches the rest of the last name component only.
     * Wildcard entries carry no tag expression in the map, so only exact names read one.
     */
    static String mappedRepository(String reference) {
        String name = imageName(reference);
        String tag = tag(reference).toLowerCase(Locale.ROOT);
        // an exact name wins over a wildcard; of one name's entries, one whose tag expression the tag
        // contains wins over one without an expression; a listed name whose entries all skip the tag has none
        boolean listed = false;
        String plain = null;
        for (Entry e : MAP) {
            if (e.upstream().equals(name)) {
                listed = true;
                if (e.tags() == null) {
                    plain = e.repository();
                } else if (java.util.regex.Pattern.compile(e.tags()).matcher(tag).find()) {
                    return e.repository();
                }
            }
        }
        if (listed) {
            return plain;
        }
        for (Entry e : MAP) {
            String prefix = e.upstream().substring(0, e.upstream().length() - 1);
            if (e.upstream().endsWith("*") && name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                return e.repository();
            }
        }
        return null;
    }

    /** True when the reference is a Docker Hardened Image (dhi.io). */
    static boolean isDhi(String reference) {
        return reference.toLowerCase(Locale.ROOT).startsWith("dhi.io/");
    }

    /** The DHI repository of a dhi.io reference. */
    static String dhiRepository(String reference) {
        return imageName(reference).substring("dhi.io/".length());
    }

    /** The catalog's description of a dhi.io reference's tag, or null when the catalog does not publish it. */
    static Tag dhiTag(String reference) {
        Map<String, Tag> tags = TAGS.get(dhiRepository(reference));
        return tags == null ? null : tags.get(tag(reference));
    }

    /** True when the catalog has the repository. */
    static boolean hasRepository(String repository) {
        return TAGS.containsKey(repository);
    }

    /**
     * What an upstream image is, for the images whose kind this test knows by itself (not from the
     * image map): {@code jdk} (a JDK image without a {@code jre} tag word), {@code jre}, {@code sdk}
     * (the .NET SDK, Go, Rust toolchains), {@code static} (distroless static, no C library), or null.
     */
    static String upstreamKind(String reference) {
        String name = imageName(reference);
        String tag = tag(reference).toLowerCase(Locale.ROOT);
        if (List.of("eclipse-temurin", "openjdk", "amazoncorretto", "sapmachine").contains(name)) {
            return tag.matches("(.*[^a-z])?jre([^a-z].*)?") ? "jre" : "jdk";
        }
        if (List.of("mcr.microsoft.com/dotnet/sdk", "golang", "rust").contains(name)) {
            return "sdk";
        }
        if (name.startsWith("gcr.io/distroless/static") || name.equals("cgr.dev/chainguard/static")) {
            return "static";
        }
        return null;
    }

    /** True when an upstream reference names a musl (Alpine) image: by its name or a word of its tag. */
    static boolean upstreamIsMusl(String reference) {
        String name = imageName(reference);
        String last = name.substring(name.lastIndexOf('/') + 1);
        return last.equals("alpine") || tag(reference).toLowerCase(Locale.ROOT).contains("alpine")
                || tag(reference).toLowerCase(Locale.ROOT).contains("musl");
    }
}
