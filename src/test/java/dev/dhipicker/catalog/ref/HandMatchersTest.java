package dev.dhipicker.catalog.ref;

import dev.dhipicker.catalog.VersionOrder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tag parser and the version comparison match by hand for speed. On any input, each segment
 * the parser classifies must meet the grammar of its kind (written here as regular expressions,
 * the specification), and the version order must be a total order that compares numeric versions
 * as tuples of numbers.
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
    void everySegmentKindMeetsItsGrammar(@ForAll("tagLike") String s) {
        Tag t;
        try {
            t = Tag.parse(s);
        } catch (InvalidReferenceException e) {
            assertThat(!s.isEmpty() && TAG_GRAMMAR.matcher(s).matches()).as("refused a valid tag " + s).isFalse();
            return;
        }
        assertThat(TAG_GRAMMAR.matcher(s).matches()).isTrue();
        assertThat(t.format()).isEqualTo(s);
        List<Tag.Segment> segs = t.segments();
        long versions = segs.stream().filter(x -> x.kind() == SegmentKind.VERSION).count();
        assertThat(versions).isLessThanOrEqualTo(1);
        for (int i = 0; i < segs.size(); i++) {
            Tag.Segment seg = segs.get(i);
            switch (seg.kind()) {
                case VERSION -> assertThat(VERSION.matcher(seg.text()).matches()).as(seg.text()).isTrue();
                case REVISION -> {
                    assertThat(REVISION.matcher(seg.text()).matches()).isTrue();
                    assertThat(segs.get(i - 1).kind()).isEqualTo(SegmentKind.VERSION);
                }
                case QUALIFIER -> assertThat(QUALIFIER.matcher(seg.text()).matches()).isTrue();
                case DISTRO -> {
                    var m = DISTRO.matcher(seg.text());
                    assertThat(m.matches()).isTrue();
                    assertThat(t.distroVersion()).isEqualTo(m.group(2));
                    assertThat(t.distroFamily()).isEqualTo(DistroFamily.fromId(m.group(1)));
                }
                case DEV -> assertThat(seg.text()).isEqualTo("dev");
                case FIPS -> assertThat(seg.text()).isEqualTo("fips");
                case LIBC -> assertThat(seg.text()).isIn("glibc", "musl");
                default -> assertThat(seg.text()).isNotIn("dev", "fips", "glibc", "musl");
            }
        }
        String v = t.version();
        assertThat(t.versionPrecision()).isEqualTo(v == null ? 0 : v.split("\\.").length);
    }

    @Property(tries = 3000)
    void versionOrderIsAntisymmetricAndTransitive(@ForAll("tagLike") String a, @ForAll("tagLike") String b,
                                                  @ForAll("tagLike") String c) {
        assertThat(Integer.signum(VersionOrder.compare(a, b))).isEqualTo(-Integer.signum(VersionOrder.compare(b, a)));
        if (VersionOrder.compare(a, b) <= 0 && VersionOrder.compare(b, c) <= 0) {
            assertThat(VersionOrder.compare(a, c)).as(a + " <= " + b + " <= " + c).isLessThanOrEqualTo(0);
        }
    }

    @Property(tries = 3000)
    void numericVersionsCompareAsNumberTuples(@ForAll("numbers") List<Integer> x, @ForAll("numbers") List<Integer> y) {
        String a = String.join(".", x.stream().map(String::valueOf).toList());
        String b = String.join(".", y.stream().map(String::valueOf).toList());
        int expected = 0;
        for (int i = 0; i < Math.min(x.size(), y.size()) && expected == 0; i++) {
            expected = Integer.compare(x.get(i), y.get(i));
        }
        if (expected == 0) {
            expected = Integer.compare(x.size(), y.size());
        }
        assertThat(Integer.signum(VersionOrder.compare(a, b))).as(a + " vs " + b).isEqualTo(Integer.signum(expected));
    }

    @net.jqwik.api.Example
    void theReportedCounterexampleIsOrdered() {
        // "1a" < "9" < "10" < "1a" was a cycle: numbers now come before words in the same position
        assertThat(VersionOrder.compare("9", "10")).isNegative();
        assertThat(VersionOrder.compare("10", "1a")).isNegative();
        assertThat(VersionOrder.compare("9", "1a")).isNegative();
    }

    @Provide
    Arbitrary<List<Integer>> numbers() {
        return Arbitraries.integers().between(0, 3000).list().ofMinSize(1).ofMaxSize(4);
    }
}
