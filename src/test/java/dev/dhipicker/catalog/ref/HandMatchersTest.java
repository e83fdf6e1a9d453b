package dev.dhipicker.catalog.ref;

import dev.dhipicker.catalog.VersionOrder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tag parser and the version comparison match by hand for speed; they must agree with the
 * regular expressions they replaced (kept here as the reference) on any input.
 */
class HandMatchersTest {
    private static final Pattern TAG_GRAMMAR = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern VERSION = Pattern.compile("v?\\d+(?:\\.(?:\\d+|x))*");
    private static final Pattern REVISION = Pattern.compile("\\d+");
    private static final Pattern QUALIFIER = Pattern.compile("(?:jdk|jre|sdk)\\d*|erlang\\d+");
    private static final Pattern DISTRO = Pattern.compile("(debian|alpine)(\\d+(?:\\.\\d+)?)?");

    @Provide
    Arbitrary<String> tagLike() {
        return Arbitraries.strings().withChars("0123456789.-vxdebianlpjkrsgfuc_X").ofMinLength(0).ofMaxLength(30);
    }

    @Property(tries = 5000)
    void tagSegmentsAsTheRegularExpressionsClassifyThem(@ForAll("tagLike") String s) {
        List<SegmentKind> expected = reference(s);
        try {
            Tag t = Tag.parse(s);
            assertThat(expected).isNotNull();
            assertThat(t.segments().stream().map(Tag.Segment::kind).toList()).isEqualTo(expected);
            assertThat(t.format()).isEqualTo(s);
            String v = t.version();
            assertThat(t.versionPrecision()).isEqualTo(v == null ? 0 : v.split("\\.").length);
            String d = t.segments().stream().filter(x -> x.kind() == SegmentKind.DISTRO).map(Tag.Segment::text)
                    .findFirst().orElse(null);
            if (d != null) {
                var m = DISTRO.matcher(d);
                assertThat(m.matches()).isTrue();
                assertThat(t.distroVersion()).isEqualTo(m.group(2));
                assertThat(t.distroFamily()).isEqualTo(DistroFamily.fromId(m.group(1)));
            }
        } catch (InvalidReferenceException e) {
            assertThat(expected).isNull();
        }
    }

    @Property(tries = 5000)
    void versionComparisonAsTheRegularExpressionOne(@ForAll("tagLike") String a, @ForAll("tagLike") String b) {
        assertThat(Integer.signum(VersionOrder.compare(a, b))).isEqualTo(Integer.signum(referenceCompare(a, b)));
    }

    private static List<SegmentKind> reference(String text) {
        if (text.isEmpty() || !TAG_GRAMMAR.matcher(text).matches()) {
            return null;
        }
        List<SegmentKind> out = new ArrayList<>();
        boolean seenVersion = false;
        boolean seenStructure = false;
        for (String p : text.split("-", -1)) {
            SegmentKind k;
            if ("dev".equals(p)) {
                k = SegmentKind.DEV;
            } else if ("fips".equals(p)) {
                k = SegmentKind.FIPS;
            } else if ("glibc".equals(p) || "musl".equals(p)) {
                k = SegmentKind.LIBC;
            } else if (DISTRO.matcher(p).matches()) {
                k = SegmentKind.DISTRO;
            } else if (QUALIFIER.matcher(p).matches()) {
                k = SegmentKind.QUALIFIER;
            } else if (!seenVersion && VERSION.matcher(p).matches()) {
                k = SegmentKind.VERSION;
            } else if (seenVersion && REVISION.matcher(p).matches() && !out.isEmpty()
                    && out.get(out.size() - 1) == SegmentKind.VERSION) {
                k = SegmentKind.REVISION;
            } else if (!seenStructure) {
                k = SegmentKind.NAME;
            } else {
                k = SegmentKind.FLAVOR;
            }
            seenVersion |= k == SegmentKind.VERSION;
            seenStructure |= k != SegmentKind.NAME;
            out.add(k);
        }
        return out;
    }

    private static int referenceCompare(String a, String b) {
        String[] x = a.replaceFirst("^v", "").split("[.-]");
        String[] y = b.replaceFirst("^v", "").split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return -1;
            }
            if (i >= y.length) {
                return 1;
            }
            int c = x[i].matches("\\d{1,18}") && y[i].matches("\\d{1,18}")
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
