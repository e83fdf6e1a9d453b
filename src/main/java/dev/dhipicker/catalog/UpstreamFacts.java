package dev.dhipicker.catalog;

/**
 * What can be said about a reference that is not a Docker Hardened Image: where it comes from
 * and which DHI repository replaces it, and nothing else (no DHI facts are inferred for it).
 *
 * @param input          the input as given
 * @param image          the upstream image name ({@code python}, {@code cgr.dev/chainguard/python})
 * @param registry       its registry, or null for Docker Hub
 * @param tag            its tag, or null
 * @param digest         its digest, or null
 * @param dhiCounterpart the DHI repository reference that replaces it ({@code dhi.io/python}), or null when none is known
 * @param source         the page of the upstream image the mapping cites, or null
 */
public record UpstreamFacts(String input, String image, String registry, String tag, String digest,
                            String dhiCounterpart, String source) {
}
