package dev.dhipicker.catalog.ref;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random input never makes the parsers throw anything but their own parse error, and what they
 * accept they give back as written.
 */
class ParserPropertiesTest {

    @Provide
    Arbitrary<String> referenceLike() {
        return Arbitraries.strings().withChars("abcdefxyz0123456789.-_:/@ \n\tABZ#$[]")
                .withCharRange('\u0000', '\u007f').ofMinLength(0).ofMaxLength(80);
    }

    @Property(tries = 3000)
    void tagParserOnlyThrowsItsOwnError(@ForAll("referenceLike") String s) {
        try {
            Tag t = Tag.parse(s);
            assertThat(t.format()).isEqualTo(s);
        } catch (InvalidReferenceException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 3000)
    void referenceParserOnlyThrowsItsOwnError(@ForAll("referenceLike") String s) {
        try {
            ImageReference r = ImageReference.parse(s);
            assertThat(r.format()).isEqualTo(s);
        } catch (InvalidReferenceException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 2000)
    void fromParserOnlyThrowsItsOwnError(@ForAll("referenceLike") String s) {
        try {
            FromLine f = FromLine.parse("FROM " + s);
            // what was parsed is in the line: the reference as written, and the stage name after AS
            assertThat(s).contains(f.reference().format());
            if (f.stageName() != null) {
                assertThat(s.toLowerCase(java.util.Locale.ROOT)).contains(f.stageName().toLowerCase(java.util.Locale.ROOT));
            }
        } catch (InvalidReferenceException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 2000)
    void anyStringIsHandled(@ForAll String s) {
        try {
            assertThat(ImageReference.parse(s).format()).isEqualTo(s);
        } catch (InvalidReferenceException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
