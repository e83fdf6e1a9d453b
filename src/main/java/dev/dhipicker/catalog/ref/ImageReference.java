package dev.dhipicker.catalog.ref;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An image reference {@code [registry/][namespace/]repo[:tag][@digest]}, validated against
 * Docker's reference grammar (distribution/reference), with the DHI reading of its name:
 * {@code dhi.io/<repo>}, a mirrored {@code <org>/dhi-<repo>}, or a registry proxy
 * {@code <host>/dhi.io/<repo>}.
 *
 * @param registry       the registry host (with port), or null when the name has none
 * @param path           the repository path below the registry, e.g. {@code python} or {@code acme/dhi-python}
 * @param tag            the parsed tag, or null when absent
 * @param digest         the digest ({@code sha256:...}), or null when absent
 * @param dhiRepository  the DHI repository this names ({@code python}), or null when it is not DHI-shaped
 * @param mirrored       true for a mirrored {@code <org>/dhi-<repo>} name
 */
public record ImageReference(String registry, String path, Tag tag, String digest,
                             String dhiRepository, boolean mirrored) {

    /** The DHI community registry. */
    public static final String DHI_REGISTRY = "dhi.io";

    private static final Pattern PATH_COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern DOMAIN_COMPONENT = Pattern.compile("(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])");
    private static final Pattern PORT = Pattern.compile("[0-9]+");
    private static final Pattern IPV6 = Pattern.compile("\\[[a-fA-F0-9:]+\\]");
    private static final Pattern DIGEST = Pattern.compile(
            "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");
    /** The algorithms distribution/reference (go-digest) accepts, with the hex length of each. */
    private static final java.util.Map<String, Integer> DIGEST_LENGTHS = java.util.Map.of(
            "sha256", 64, "sha384", 96, "sha512", 128);
    private static final int NAME_TOTAL_LENGTH_MAX = 255;

    /**
     * Parses a reference.
     *
     * @throws InvalidReferenceException naming the part that breaks the grammar
     */
    public static ImageReference parse(String text) throws InvalidReferenceException {
        if (text == null || text.isEmpty()) {
            throw new InvalidReferenceException("reference is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new InvalidReferenceException("reference '" + printable(text)
                        + "' contains whitespace or a control character at position " + (i + 1));
            }
        }
        String rest = text;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            checkDigest(digest);
        }
        String tagText = null;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && rest.indexOf('/', colon) < 0) {
            tagText = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        Tag tag = tagText == null ? null : Tag.parse(tagText);
        if (rest.isEmpty()) {
            throw new InvalidReferenceException("reference '" + text + "' has no repository name");
        }
        if (rest.length() > NAME_TOTAL_LENGTH_MAX) {
            throw new InvalidReferenceException("repository name is longer than " + NAME_TOTAL_LENGTH_MAX + " characters");
        }
        String[] comps = rest.split("/", -1);
        String registry = null;
        int start = 0;
        if (comps.length > 1 && looksLikeDomain(comps[0])) {
            registry = comps[0];
            validateDomain(registry);
            start = 1;
        }
        for (int i = start; i < comps.length; i++) {
            String c = comps[i];
            if (!PATH_COMPONENT.matcher(c).matches()) {
                String why = c.isEmpty() ? "is empty"
                        : !c.equals(c.toLowerCase(Locale.ROOT)) ? "must be lower case"
                        : "may only hold a-z, 0-9 and single '.', '_', '__' or '-' separators";
                throw new InvalidReferenceException("name component '" + c + "' of '" + text + "' " + why);
            }
        }
        String path = String.join("/", List.of(comps).subList(start, comps.length));
        return build(registry, path, tag, digest);
    }

    /**
     * Checks a digest as distribution/reference does: a known algorithm (sha256, sha384, sha512)
     * and exactly as many lower-case hex digits as it produces.
     *
     * @throws InvalidReferenceException naming what is wrong
     */
    public static void checkDigest(String digest) throws InvalidReferenceException {
        if (!DIGEST.matcher(digest).matches()) {
            throw new InvalidReferenceException("digest '" + digest + "' is not valid: expected algorithm:hex such as sha256:<64 hex digits>");
        }
        int colon = digest.indexOf(':');
        String algorithm = digest.substring(0, colon);
        String hex = digest.substring(colon + 1);
        Integer length = DIGEST_LENGTHS.get(algorithm);
        if (length == null) {
            throw new InvalidReferenceException("digest '" + digest + "' is not valid: unsupported algorithm '"
                    + algorithm + "' (expected sha256, sha384 or sha512)");
        }
        if (hex.length() != length || !HEX.matcher(hex).matches()) {
            throw new InvalidReferenceException("digest '" + digest + "' is not valid: " + algorithm + " needs exactly "
                    + length + " lower-case hex digits, not " + hex.length());
        }
    }

    private static ImageReference build(String registry, String path, Tag tag, String digest) {
        String[] comps = path.split("/");
        String last = comps[comps.length - 1];
        String dhiRepo = null;
        boolean mirrored = false;
        if (DHI_REGISTRY.equals(registry) && comps.length == 1) {
            dhiRepo = last;
        } else if (comps.length == 2 && DHI_REGISTRY.equals(comps[0])) {
            dhiRepo = last; // registry proxy: <host>/dhi.io/<repo>
        } else if (comps.length >= 2 && last.startsWith("dhi-") && last.length() > 4 && isDockerHub(registry)) {
            dhiRepo = last.substring(4);
            mirrored = true;
        } else if (registry == null && comps.length == 1) {
            dhiRepo = last; // the short repo:tag form used throughout DHI's documentation
        }
        return new ImageReference(registry, path, tag, digest, dhiRepo, mirrored);
    }

    private static boolean isDockerHub(String registry) {
        return registry == null || registry.equals("docker.io") || registry.equals("index.docker.io")
                || registry.equals("registry-1.docker.io");
    }

    private static boolean looksLikeDomain(String c) {
        return c.contains(".") || c.contains(":") || c.equals("localhost") || !c.equals(c.toLowerCase(Locale.ROOT));
    }

    private static void validateDomain(String d) throws InvalidReferenceException {
        String host = d;
        String port = null;
        if (d.startsWith("[")) {
            int end = d.indexOf(']');
            if (end < 0 || !IPV6.matcher(d.substring(0, end + 1)).matches()) {
                throw new InvalidReferenceException("registry '" + d + "' is not a valid IPv6 address");
            }
            host = null;
            if (end + 1 < d.length()) {
                if (d.charAt(end + 1) != ':') {
                    throw new InvalidReferenceException("registry '" + d + "' is not valid");
                }
                port = d.substring(end + 2);
            }
        } else {
            int c = d.indexOf(':');
            if (c >= 0) {
                host = d.substring(0, c);
                port = d.substring(c + 1);
            }
        }
        if (host != null) {
            for (String part : host.split("\\.", -1)) {
                if (!DOMAIN_COMPONENT.matcher(part).matches()) {
                    throw new InvalidReferenceException("registry host '" + host + "' is not a valid host name");
                }
            }
        }
        if (port != null && !PORT.matcher(port).matches()) {
            throw new InvalidReferenceException("registry port '" + port + "' is not a number");
        }
    }

    private static String printable(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    /** A reference to a DHI repository on {@code dhi.io}. */
    public static ImageReference dhi(String repository, Tag tag, String digest) {
        return new ImageReference(DHI_REGISTRY, repository, tag, digest, repository, false);
    }

    /** A mirrored reference {@code <org>/dhi-<repo>:<tag>} on Docker Hub (DHI Select/Enterprise). */
    public static ImageReference mirrored(String org, String repository, Tag tag) {
        return new ImageReference(null, org + "/dhi-" + repository, tag, null, repository, true);
    }

    /** The name without tag and digest: {@code registry/path}. */
    public String name() {
        return registry == null ? path : registry + "/" + path;
    }

    /** The reference as text. */
    public String format() {
        StringBuilder b = new StringBuilder(name());
        if (tag != null) {
            b.append(':').append(tag.format());
        }
        if (digest != null) {
            b.append('@').append(digest);
        }
        return b.toString();
    }

    /** This reference with another tag (digest dropped, since it belonged to the old tag). */
    public ImageReference withTag(Tag newTag) {
        return new ImageReference(registry, path, newTag, null, dhiRepository, mirrored);
    }

    /** This reference with a digest. */
    public ImageReference withDigest(String newDigest) {
        return new ImageReference(registry, path, tag, newDigest, dhiRepository, mirrored);
    }

    @Override
    public String toString() {
        return format();
    }
}
