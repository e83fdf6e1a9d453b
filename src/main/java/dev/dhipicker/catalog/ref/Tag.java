package dev.dhipicker.catalog.ref;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed Docker Hardened Images tag such as {@code 3.13.15-debian13-fips-dev}.
 *
 * <p>A tag is a list of dash-separated segments, each classified by {@link SegmentKind}. The
 * segments keep their original text and order, so {@link #format()} always gives back the
 * parsed string exactly; the accessors interpret them (version, distro, libc, flavors, FIPS,
 * dev). The {@code with...} methods derive related tags following DHI's naming convention.
 */
public final class Tag {

    /** Docker's tag grammar (distribution/reference): a word character, then up to 127 of {@code [\w.-]}. */
    private static final Pattern TAG_GRAMMAR = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern VERSION = Pattern.compile("v?\\d+(?:\\.(?:\\d+|x))*");
    private static final Pattern DATE = Pattern.compile("(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])");
    private static final Pattern REVISION = Pattern.compile("\\d+");
    private static final Pattern QUALIFIER = Pattern.compile("(?:jdk|jre|sdk)\\d*|erlang\\d+");
    private static final Pattern DISTRO = Pattern.compile("(debian|alpine)(\\d+(?:\\.\\d+)?)?");

    /** One dash-separated part of a tag and its role. */
    public record Segment(SegmentKind kind, String text) {
        public Segment {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    private final List<Segment> segments;

    private Tag(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    /**
     * Parses a tag.
     *
     * @throws InvalidReferenceException when the string breaks Docker's tag grammar
     */
    public static Tag parse(String text) throws InvalidReferenceException {
        if (text == null || text.isEmpty()) {
            throw new InvalidReferenceException("tag is empty");
        }
        if (!TAG_GRAMMAR.matcher(text).matches()) {
            throw new InvalidReferenceException("tag '" + printable(text)
                    + "' is not valid: a tag is 1-128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'");
        }
        String[] parts = text.split("-", -1);
        List<Segment> out = new ArrayList<>(parts.length);
        boolean seenVersion = false;
        boolean seenStructure = false;
        for (String p : parts) {
            SegmentKind kind = classify(p, seenVersion, seenStructure, out);
            if (kind == SegmentKind.VERSION) {
                seenVersion = true;
            }
            if (kind != SegmentKind.NAME) {
                seenStructure = true;
            }
            out.add(new Segment(kind, p));
        }
        return new Tag(out);
    }

    private static SegmentKind classify(String p, boolean seenVersion, boolean seenStructure, List<Segment> before) {
        if ("dev".equals(p)) {
            return SegmentKind.DEV;
        }
        if ("fips".equals(p)) {
            return SegmentKind.FIPS;
        }
        if ("glibc".equals(p) || "musl".equals(p)) {
            return SegmentKind.LIBC;
        }
        if (DISTRO.matcher(p).matches()) {
            return SegmentKind.DISTRO;
        }
        if (QUALIFIER.matcher(p).matches()) {
            return SegmentKind.QUALIFIER;
        }
        if (!seenVersion && VERSION.matcher(p).matches()) {
            return SegmentKind.VERSION;
        }
        if (seenVersion && REVISION.matcher(p).matches() && !before.isEmpty()
                && before.get(before.size() - 1).kind() == SegmentKind.VERSION) {
            return SegmentKind.REVISION;
        }
        if (!seenStructure) {
            return SegmentKind.NAME;
        }
        return SegmentKind.FLAVOR;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The tag exactly as parsed (or as derived). */
    public String format() {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            if (b.length() > 0) {
                b.append('-');
            }
            b.append(s.text());
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tag t && t.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** All segments in order. */
    public List<Segment> segments() {
        return segments;
    }

    private String first(SegmentKind kind) {
        for (Segment s : segments) {
            if (s.kind() == kind) {
                return s.text();
            }
        }
        return null;
    }

    private boolean has(SegmentKind kind) {
        return first(kind) != null;
    }

    /** The leading name words ({@code lts}, {@code pg16}), joined by '-', or null. */
    public String name() {
        List<String> words = new ArrayList<>();
        for (Segment s : segments) {
            if (s.kind() != SegmentKind.NAME) {
                break;
            }
            words.add(s.text());
        }
        return words.isEmpty() ? null : String.join("-", words);
    }

    /** The version as written ({@code 3.13}, {@code 20250419}, {@code v1.36.4}), or null. */
    public String version() {
        return first(SegmentKind.VERSION);
    }

    /** The package revision after the version ({@code 0} in {@code 24.19.0-0}), or null. */
    public String revision() {
        return first(SegmentKind.REVISION);
    }

    /**
     * How precise the version is: the number of dot-separated components ({@code 3} is 1,
     * {@code 3.13.15} is 3), 0 when there is no version. A date version counts as 1.
     */
    public int versionPrecision() {
        String v = version();
        if (v == null) {
            return 0;
        }
        return v.split("\\.").length;
    }

    /** True when the version is a build date such as {@code 20250419}. */
    public boolean versionIsDate() {
        String v = version();
        return v != null && DATE.matcher(v).matches();
    }

    /** Qualifier segments such as {@code jdk21}, {@code sdk}. */
    public List<String> qualifiers() {
        return texts(SegmentKind.QUALIFIER);
    }

    /** The explicit {@code glibc} / {@code musl} word (static images), or null. */
    public Libc libcWord() {
        String w = first(SegmentKind.LIBC);
        return w == null ? null : Libc.fromId(w);
    }

    /** The distro family named by the tag, or null when the tag has no distro segment. */
    public DistroFamily distroFamily() {
        String d = first(SegmentKind.DISTRO);
        if (d == null) {
            return null;
        }
        Matcher m = DISTRO.matcher(d);
        return m.matches() ? DistroFamily.fromId(m.group(1)) : null;
    }

    /** The distro version ({@code 13}, {@code 3.22}), or null when floating or absent. */
    public String distroVersion() {
        String d = first(SegmentKind.DISTRO);
        if (d == null) {
            return null;
        }
        Matcher m = DISTRO.matcher(d);
        return m.matches() ? m.group(2) : null;
    }

    /**
     * True when the tag does not pin a distro version: no distro segment (which means the newest
     * Debian) or a bare {@code debian} / {@code alpine}.
     */
    public boolean floatingDistro() {
        return distroVersion() == null;
    }

    /**
     * The distro the tag implies: the named family, or Debian when there is none (an unsuffixed
     * DHI tag points at the newest Debian variant), unless a libc word says musl.
     */
    public DistroFamily impliedDistro() {
        DistroFamily d = distroFamily();
        if (d != null) {
            return d;
        }
        return libcWord() == Libc.MUSL ? DistroFamily.ALPINE : DistroFamily.DEBIAN;
    }

    /** The libc the tag implies from its words alone: the libc word, else the distro's. */
    public Libc impliedLibc() {
        Libc w = libcWord();
        return w != null ? w : impliedDistro().libc();
    }

    /**
     * Flavors: runs of adjacent flavor words joined by '-', so {@code 1-debian13-sfw-ent-dev}
     * has the one flavor {@code sfw-ent}.
     */
    public List<String> flavors() {
        List<String> out = new ArrayList<>();
        StringBuilder run = null;
        for (Segment s : segments) {
            if (s.kind() == SegmentKind.FLAVOR) {
                if (run == null) {
                    run = new StringBuilder(s.text());
                } else {
                    run.append('-').append(s.text());
                }
            } else if (run != null) {
                out.add(run.toString());
                run = null;
            }
        }
        if (run != null) {
            out.add(run.toString());
        }
        return out;
    }

    /** True for a FIPS tag ({@code -fips}). */
    public boolean fips() {
        return has(SegmentKind.FIPS);
    }

    /** True for a development tag ({@code -dev}). */
    public boolean dev() {
        return has(SegmentKind.DEV);
    }

    private List<String> texts(SegmentKind kind) {
        List<String> out = new ArrayList<>();
        for (Segment s : segments) {
            if (s.kind() == kind) {
                out.add(s.text());
            }
        }
        return out;
    }

    /** This tag with {@code -dev} added at the end, or removed; unchanged if already so. */
    public Tag withDev(boolean dev) {
        if (dev == dev()) {
            return this;
        }
        List<Segment> out = new ArrayList<>(segments);
        if (dev) {
            out.add(new Segment(SegmentKind.DEV, "dev"));
        } else {
            out.removeIf(s -> s.kind() == SegmentKind.DEV);
        }
        return new Tag(out);
    }

    /**
     * This tag with {@code -fips} added or removed. DHI writes {@code fips} after the distro and
     * flavors and before {@code dev} ({@code 3.9.23-debian12-fips-dev}).
     */
    public Tag withFips(boolean fips) {
        if (fips == fips()) {
            return this;
        }
        List<Segment> out = new ArrayList<>(segments);
        if (fips) {
            int at = out.size();
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).kind() == SegmentKind.DEV) {
                    at = i;
                    break;
                }
            }
            out.add(at, new Segment(SegmentKind.FIPS, "fips"));
        } else {
            out.removeIf(s -> s.kind() == SegmentKind.FIPS);
        }
        return new Tag(out);
    }
}
