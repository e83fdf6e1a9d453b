package dev.dhipicker.catalog;

/**
 * One entry of the bundled mapping from a well-known upstream image to the Docker Hardened Image
 * that replaces it ({@code catalog-data/image-map.json}).
 *
 * @param upstream       image name without tag ({@code python}, {@code bitnami/redis}, {@code gcr.io/distroless/static*})
 * @param repository     the DHI repository
 * @param workload       what the engine is asked for: a profile id or a repository
 * @param buildOnly      true for images that only make sense as a build stage (compilers, build tools)
 * @param version        where the version line comes from
 * @param versionPattern a regular expression whose group 1 reads the version from the tag, or null
 * @param distro         the upstream's distribution when its tags do not say ({@code ubuntu}, {@code rhel} ...), or null
 * @param upstreamPort   the port the upstream image listens on when the DHI listens on another, or null
 * @param dhiPort        the port the DHI listens on instead, or null
 * @param source         the page describing the upstream image
 */
public record ImageMapping(String upstream, String repository, String workload, boolean buildOnly,
                           VersionSource version, String versionPattern, String distro, Integer upstreamPort,
                           Integer dhiPort, String source) {

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
