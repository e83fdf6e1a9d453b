package dev.dhipicker.catalog.ref;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageReferenceTest {

    /** input | registry | path | tag | digest | dhiRepository | mirrored */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "dhi.io/python:3.13-debian13-dev | dhi.io | python | 3.13-debian13-dev | - | python | false",
            "python:3.13                     | -      | python | 3.13              | - | python | false",
            "acme/dhi-python:3.13-fips       | -      | acme/dhi-python | 3.13-fips | - | python | true",
            "docker.io/acme/dhi-node:24      | docker.io | acme/dhi-node | 24      | - | node   | true",
            "harbor.example.com/dhi.io/redis:8.8-compat | harbor.example.com | dhi.io/redis | 8.8-compat | - | redis | false",
            "localhost:5000/dhi.io/nginx:1.30 | localhost:5000 | dhi.io/nginx | 1.30   | - | nginx  | false",
            "dhi.io/python                   | dhi.io | python | -                 | - | python | false",
            "ghcr.io/org/app:1.0             | ghcr.io | org/app | 1.0             | - | -      | false",
            "[::1]:5000/dhi.io/python:3      | [::1]:5000 | dhi.io/python | 3      | - | python | false",
    })
    void readsNameTagAndDhiRepository(String in, String registry, String path, String tag, String digest,
                                      String repo, boolean mirrored) throws Exception {
        ImageReference r = ImageReference.parse(in);
        assertThat(r.registry()).isEqualTo(registry);
        assertThat(r.path()).isEqualTo(path);
        assertThat(r.tag() == null ? null : r.tag().format()).isEqualTo(tag);
        assertThat(r.digest()).isEqualTo(digest);
        assertThat(r.dhiRepository()).isEqualTo(repo);
        assertThat(r.mirrored()).isEqualTo(mirrored);
        assertThat(r.format()).isEqualTo(in);
    }

    @Test
    void readsDigestPinnedReferences() throws Exception {
        String digest = "sha256:5eb0ef8ed4b282f8d4725b748c24fa72ca54abcda9de58dd71ba1e8517be36d4";
        ImageReference r = ImageReference.parse("dhi.io/redis:8.10.1-debian13-compat@" + digest);
        assertThat(r.digest()).isEqualTo(digest);
        assertThat(r.tag().flavors()).containsExactly("compat");
        assertThat(ImageReference.parse("dhi.io/redis@" + digest).tag()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Dhi.io/Python:3",            // upper case in the path
            "dhi.io/python:3 13",         // space
            "dhi.io/python:3.13\nRUN id", // newline (instruction injection)
            "dhi.io/python:3.13#x",       // comment character
            "dhi.io/python:-dev",         // tag starts with '-'
            "dhi.io//python:3",           // empty component
            "dhi.io/python@sha256:abc",   // short digest
            "dhi.io/py--thon_:3",         // trailing separator
            ":3.13",                      // no name
            "dhi.io/python:",             // empty tag
            "exa_mple.com/python:3",      // bad host
    })
    void rejectsWhatDistributionReferenceRejects(String bad) {
        assertThatThrownBy(() -> ImageReference.parse(bad)).isInstanceOf(InvalidReferenceException.class);
    }

    @Test
    void errorNamesTheOffendingPart() {
        assertThatThrownBy(() -> ImageReference.parse("dhi.io/Python:3"))
                .hasMessageContaining("'Python'").hasMessageContaining("lower case");
        assertThatThrownBy(() -> ImageReference.parse("dhi.io/python:3.13\nRUN id"))
                .hasMessageContaining("whitespace or a control character");
    }

    @Test
    void buildsMirroredAndDhiReferences() throws Exception {
        Tag t = Tag.parse("3.13-debian13-fips");
        assertThat(ImageReference.mirrored("acme", "python", t).format()).isEqualTo("acme/dhi-python:3.13-debian13-fips");
        assertThat(ImageReference.dhi("python", Tag.parse("3.13"), null).format()).isEqualTo("dhi.io/python:3.13");
    }

    /** input | platform | reference | stage */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "FROM dhi.io/node:24-alpine3.22 AS web | - | dhi.io/node:24-alpine3.22 | web",
            "from --platform=linux/arm64 dhi.io/python:3.13-debian13-dev as build | linux/arm64 | dhi.io/python:3.13-debian13-dev | build",
            "FROM dhi.io/static:20250419-debian13 | - | dhi.io/static:20250419-debian13 | -",
            "  FROM\tdhi.io/golang:1.26-debian13-dev   AS   builder  | - | dhi.io/golang:1.26-debian13-dev | builder",
    })
    void parsesFromLines(String line, String platform, String ref, String stage) throws Exception {
        FromLine f = FromLine.parse(line);
        assertThat(f.platform()).isEqualTo(platform);
        assertThat(f.reference().format()).isEqualTo(ref);
        assertThat(f.stageName()).isEqualTo(stage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FROM", "FROM --platform= dhi.io/x:1", "FROM dhi.io/x:1 AS", "FROM dhi.io/x:1 BS y",
            "FROM $BASE", "FROM --network=host dhi.io/x:1", "FROM dhi.io/x:1 AS 9x"})
    void rejectsBrokenFromLines(String bad) {
        assertThatThrownBy(() -> FromLine.parse(bad)).isInstanceOf(InvalidReferenceException.class);
    }
}
