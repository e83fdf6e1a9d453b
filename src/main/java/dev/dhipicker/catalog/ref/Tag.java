package dev.dhipicker.catalog.ref;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    // The segment grammars are matched by hand (see the matchers at the end) rather than with
    // regular expressions: every catalog tag is parsed at start-up, so this is on the start-up path.
    //   tag grammar  [\w][\w.-]{0,127}        (Docker's distribution/reference)
    //   version      v?\d+(?:\.(?:\d+|x))*
    //   revision     \d+
    //   qualifier    (?:jdk|jre|sdk)\d*|erlang\d+
    //   distro       (debian|alpine)(\d+(?:\.\d+)?)?
    private static final Pattern DATE = Pattern.compile("(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])");

    /** One dash-separated part of a tag and its role. */
    public record Segment(SegmentKind kind, String text) {
        public Segment {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    private final List<Segment> segments;
    /** The formatted tag, kept because the engine asks for it on every click. */
    private final String text;

    private Tag(List<Segment> segments) {
        this.segments = List.copyOf(segments);
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            if (b.length() > 0) {
                b.append('-');
            }
            b.append(s.text());
        }
        this.text = b.toString();
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
        if (!isTagGrammar(text)) {
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
        if (isDistro(p)) {
            return SegmentKind.DISTRO;
        }
        if (isQualifier(p)) {
            return SegmentKind.QUALIFIER;
        }
        if (!seenVersion && isVersion(p)) {
            return SegmentKind.VERSION;
        }
        if (seenVersion && isDigits(p, 0, p.length()) && !before.isEmpty()
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
        return text;
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
        int end = v.length();
        while (end > 0 && v.charAt(end - 1) == '.') {
            end--; // as String.split counts: trailing empty parts are dropped
        }
        int parts = 1;
        for (int i = 0; i < end; i++) {
            if (v.charAt(i) == '.') {
                parts++;
            }
        }
        return parts;
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
        return DistroFamily.fromId(d.substring(0, DISTRO_WORD));
    }

    /** The distro version ({@code 13}, {@code 3.22}), or null when floating or absent. */
    public String distroVersion() {
        String d = first(SegmentKind.DISTRO);
        if (d == null) {
            return null;
        }
        return d.length() > DISTRO_WORD ? d.substring(DISTRO_WORD) : null;
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

    /** Length of {@code debian} and {@code alpine}. */
    private static final int DISTRO_WORD = 6;

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isTagGrammar(String s) {
        if (s.isEmpty() || s.length() > 128 || !isWordChar(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isWordChar(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** True when s[from, to) is one or more ASCII digits. */
    private static boolean isDigits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code v?\d+(?:\.(?:\d+|x))*} */
    private static boolean isVersion(String s) {
        int i = s.startsWith("v") ? 1 : 0;
        int dot = s.indexOf('.', i);
        if (!isDigits(s, i, dot < 0 ? s.length() : dot)) {
            return false;
        }
        while (dot >= 0) {
            int from = dot + 1;
            dot = s.indexOf('.', from);
            int to = dot < 0 ? s.length() : dot;
            if (!(to - from == 1 && s.charAt(from) == 'x') && !isDigits(s, from, to)) {
                return false;
            }
        }
        return true;
    }

    /** {@code (?:jdk|jre|sdk)\d*|erlang\d+} */
    private static boolean isQualifier(String s) {
        if (s.startsWith("jdk") || s.startsWith("jre") || s.startsWith("sdk")) {
            return s.length() == 3 || isDigits(s, 3, s.length());
        }
        return s.startsWith("erlang") && isDigits(s, 6, s.length());
    }

    /** {@code (debian|alpine)(\d+(?:\.\d+)?)?} */
    private static boolean isDistro(String s) {
        if (!s.startsWith("debian") && !s.startsWith("alpine")) {
            return false;
        }
        if (s.length() == DISTRO_WORD) {
            return true;
        }
        int dot = s.indexOf('.', DISTRO_WORD);
        if (dot < 0) {
            return isDigits(s, DISTRO_WORD, s.length());
        }
        return isDigits(s, DISTRO_WORD, dot) && isDigits(s, dot + 1, s.length());
    }
}
