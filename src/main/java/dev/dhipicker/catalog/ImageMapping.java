package dev.dhipicker.catalog;

/**
 * One entry of the bundled mapping from a well-known upstream image to the Docker Hardened Image
 * that replaces it ({@code catalog-data/image-map.json}).
 *
 * @param upstream       image name without tag ({@code python}, {@code bitnami/redis}, {@code gcr.io/distroless/static*})
 * @param repository     the DHI repository: the upstream image's twin, or the nearest repository when {@code nearest}
 * @param kind           what the upstream image is; a migrated stage keeps it
 * @param nearest        true when DHI has no twin of the image and {@code repository} is only the nearest one
 * @param workload       what the engine is asked for: a profile id or a repository
 * @param buildOnly      true for images that only make sense as a build stage (compilers, build tools)
 * @param version        where the version line comes from
 * @param versionPattern a regular expression whose group 1 reads the version from the tag, or null
 * @param distro         the upstream's distribution when its tags do not say ({@code ubuntu}, {@code rhel} ...), or null
 * @param upstreamPort   the port the upstream image listens on when the DHI listens on another, or null
 * @param dhiPort        the port the DHI listens on instead, or null
 * @param entrypoint     the ENTRYPOINT the upstream image runs its CMD with when the DHI image has none
 *                       ({@code node} for distroless Node.js), or an empty list
 * @param tags           a regular expression a (lower-case) tag must contain for the entry to apply, or null
 *                       for every tag; it tells apart images published under one name ({@code docker:cli}
 *                       and {@code docker:dind}, {@code ghcr.io/astral-sh/uv:python3.12-bookworm})
 * @param line           the version line the upstream image ships when neither its name nor its tag says
 *                       it ({@code 3.11} for {@code gcr.io/distroless/python3-debian12}), or null
 * @param carries        a tool the upstream image carries that the DHI repository lacks, which migrate copies
 *                       into a stage on that repository, or null
 * @param source         the page describing the upstream image
 */
public record ImageMapping(String upstream, String repository, Kind kind, boolean nearest, String workload,
                           boolean buildOnly, VersionSource version, String versionPattern, String distro,
                           Integer upstreamPort, Integer dhiPort, java.util.List<String> entrypoint, String tags,
                           String line, Carried carries, String source) {

    /**
     * A tool an upstream image carries besides its language ({@code uv} in {@code ghcr.io/astral-sh/uv:python3.12-*}).
     *
     * @param image the upstream image of the tool, whose DHI replacement the files are copied from
     * @param paths the tool's files in that DHI image
     * @param to    the folder they are copied to, ending in {@code /}
     */
    public record Carried(String image, java.util.List<String> paths, String to) {
    }

    /** True when the entry applies to a tag (lower case, {@code ""} for none). */
    public boolean coversTag(String tag) {
        return tags == null || java.util.regex.Pattern.compile(tags).matcher(tag).find();
    }

    /** What an upstream image is. */
    public enum Kind {
        /** A language runtime ({@code python}, {@code node}, {@code php}, ASP.NET Core, a JRE). */
        RUNTIME("runtime"),
        /** A Java JDK ({@code eclipse-temurin:21-jdk}); a {@code jre} tag word makes it a runtime. */
        JDK("jdk"),
        /** A compiler or SDK ({@code golang}, {@code rust}, the .NET SDK). */
        SDK("sdk"),
        /** A build tool with its language ({@code maven}, {@code gradle}, {@code composer}). */
        BUILD_TOOL("build-tool"),
        /** An application ({@code nginx}, {@code redis}). */
        APPLICATION("application"),
        /** A distribution base image ({@code debian}, {@code alpine}, {@code busybox}). */
        BASE("base"),
        /** An image without a C library ({@code gcr.io/distroless/static}). */
        STATIC("static");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The id as written in the mapping. */
        public String id() {
            return id;
        }

        /** The kind with this id, or null. */
        public static Kind fromId(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** Where the version line of an upstream image is read. */
    public enum VersionSource {
        /** From the tag ({@code python:3.12-slim}). */
        TAG,
        /** From the digits after the wildcard part of the name ({@code gcr.io/distroless/nodejs20}). */
        NAME,
        /** Nowhere: the upstream version says nothing about the DHI line. */
        NONE
    }

    /** True when the entry matches several names ({@code gcr.io/distroless/java*}). */
    public boolean wildcard() {
        return upstream.endsWith("*");
    }
}
