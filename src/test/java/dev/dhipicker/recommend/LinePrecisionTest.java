package dev.dhipicker.recommend;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written line precision agrees with the regular-expression version it replaced. */
class LinePrecisionTest {
    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withChars("0123456789.x-").ofMinLength(0).ofMaxLength(12);
    }

    @Property(tries = 3000)
    void asTheRegularExpression(@ForAll("lines") String line) {
        int expected = line.matches("[0-9][0-9.]*") ? line.split("\\.").length : 2;
        assertThat(CatalogQuery.numericLinePrecision(line)).isEqualTo(expected);
    }
}
