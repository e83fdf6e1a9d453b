package dev.dhipicker.catalog.ref;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagTest {

    /** tag | version | precision | distro | distroVersion | floating | libc | flavors (;) | fips | dev | qualifiers (;) */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // the seed document's examples
            "3.9.23-alpine3.21       | 3.9.23   | 3 | alpine | 3.21 | false | musl  | -        | false | false | -",
            "3.9.23-debian12         | 3.9.23   | 3 | debian | 12   | false | glibc | -        | false | false | -",
            "3.9.23-debian12-dev     | 3.9.23   | 3 | debian | 12   | false | glibc | -        | false | true  | -",
            "3.13-fips               | 3.13     | 2 | debian | -    | true  | glibc | -        | true  | false | -",
            "3.9.23-debian12-fips    | 3.9.23   | 3 | debian | 12   | false | glibc | -        | true  | false | -",
            // real catalog forms
            "3                       | 3        | 1 | debian | -    | true  | glibc | -        | false | false | -",
            "3.14-debian             | 3.14     | 2 | debian | -    | true  | glibc | -        | false | false | -",
            "24-alpine               | 24       | 1 | alpine | -    | true  | musl  | -        | false | false | -",
            "24.19.0-0-debian13      | 24.19.0  | 3 | debian | 13   | false | glibc | -        | false | false | -",
            "3.14.7-0-debian13-dev   | 3.14.7   | 3 | debian | 13   | false | glibc | -        | false | true  | -",
            "1-debian13-sfw-ent-dev  | 1        | 1 | debian | 13   | false | glibc | sfw-ent  | false | true  | -",
            "8.8.2-debian13-compat   | 8.8.2    | 3 | debian | 13   | false | glibc | compat   | false | false | -",
            "8.4-compat-dev          | 8.4      | 2 | debian | -    | true  | glibc | compat   | false | true  | -",
            "8.4.24-debian13-fpm     | 8.4.24   | 3 | debian | 13   | false | glibc | fpm      | false | false | -",
            "10.0.400-sdk-debian13   | 10.0.400 | 3 | debian | 13   | false | glibc | -        | false | false | sdk",
            "3.9.16-jdk21-debian13-dev | 3.9.16 | 3 | debian | 13   | false | glibc | -        | false | true  | jdk21",
            "21.0.8.9-jdk-debian13-fips-dev | 21.0.8.9 | 4 | debian | 13 | false | glibc | -    | true  | true  | jdk",
            "20250419-debian13       | 20250419 | 1 | debian | 13   | false | glibc | -        | false | false | -",
            "20260611-musl-alpine3.24 | 20260611 | 1 | alpine | 3.24 | false | musl | -        | false | false | -",
            "20250419-glibc-debian13-fips | 20250419 | 1 | debian | 13 | false | glibc | -     | true  | false | -",
            "erlang28-fips           | -        | 0 | debian | -    | true  | glibc | -        | true  | false | erlang28",
            "v1.36.4-dev             | v1.36.4  | 3 | debian | -    | true  | glibc | -        | false | true  | -",
            "4.x-fips                | 4.x      | 2 | debian | -    | true  | glibc | -        | true  | false | -",
            "pg16-debian13-dev       | -        | 0 | debian | 13   | false | glibc | -        | false | true  | -",
            "1.28.1-tctl-1.18.2-cli-1.3.0-fips | 1.28.1 | 3 | debian | - | true | glibc | tctl-1.18.2-cli-1.3.0 | true | false | -",
    })
    void parsesComponents(String text, String version, int precision, String distro, String distroVersion,
                          boolean floating, String libc, String flavors, boolean fips, boolean dev,
                          String qualifiers) throws Exception {
        Tag t = Tag.parse(text);
        assertThat(t.version()).isEqualTo(version);
        assertThat(t.versionPrecision()).isEqualTo(precision);
        assertThat(t.impliedDistro().id()).isEqualTo(distro);
        assertThat(t.distroVersion()).isEqualTo(distroVersion);
        assertThat(t.floatingDistro()).isEqualTo(floating);
        assertThat(t.impliedLibc().id()).isEqualTo(libc);
        assertThat(t.flavors()).isEqualTo(split(flavors));
        assertThat(t.fips()).isEqualTo(fips);
        assertThat(t.dev()).isEqualTo(dev);
        assertThat(t.qualifiers()).isEqualTo(split(qualifiers));
        assertThat(t.format()).isEqualTo(text);
    }

    private static List<String> split(String s) {
        return s == null ? List.of() : Arrays.asList(s.split(";"));
    }

    @Test
    void leadingWordsAreTheName() throws Exception {
        assertThat(Tag.parse("lts-debian13-dev").name()).isEqualTo("lts");
        assertThat(Tag.parse("cursor-agent-2026.08.11-e8db854-docker").name()).isEqualTo("cursor-agent");
        assertThat(Tag.parse("cursor-agent-2026.08.11-e8db854-docker").version()).isEqualTo("2026.08.11");
        assertThat(Tag.parse("3.13").name()).isNull();
    }

    @Test
    void dateVersionsAreRecognised() throws Exception {
        assertThat(Tag.parse("20250419-debian13").versionIsDate()).isTrue();
        assertThat(Tag.parse("3.13.15").versionIsDate()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3.13-debian13       | 3.13-debian13-fips",
            "3.13-debian13-dev   | 3.13-debian13-fips-dev",
            "3.13                | 3.13-fips",
            "3.13-dev            | 3.13-fips-dev",
            "1.20.4-debian13     | 1.20.4-debian13-fips",
    })
    void fipsGoesBeforeDev(String plain, String fips) throws Exception {
        assertThat(Tag.parse(plain).withFips(true).format()).isEqualTo(fips);
        assertThat(Tag.parse(fips).withFips(false).format()).isEqualTo(plain);
    }

    @Test
    void devIsToggledAtTheEnd() throws Exception {
        assertThat(Tag.parse("3.14-debian13").withDev(true).format()).isEqualTo("3.14-debian13-dev");
        assertThat(Tag.parse("3.14-debian13-dev").withDev(false).format()).isEqualTo("3.14-debian13");
        Tag t = Tag.parse("3.14-debian13");
        assertThat(t.withDev(false)).isSameAs(t);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-debian13-fips", ".3", "3.13 fips", "3.13\nRUN rm -rf /", "3.13#x", "a:b", "a/b"})
    void rejectsStringsOutsideTheTagGrammar(String bad) {
        assertThatThrownBy(() -> Tag.parse(bad)).isInstanceOf(InvalidReferenceException.class);
    }

    @Test
    void rejectsOverlongTags() throws Exception {
        assertThatThrownBy(() -> Tag.parse("a".repeat(129))).isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining("1-128");
        assertThat(Tag.parse("a".repeat(128)).format()).hasSize(128);
    }
}
