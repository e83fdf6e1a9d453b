package dev.dhipicker.catalog.ref;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 12, point 4: each digest algorithm has its length; unknown algorithms are refused. */
class DigestCheckTest {

    static String hex(int n) {
        return "0123456789abcdef".repeat(16).substring(0, n);
    }

    @ParameterizedTest(name = "{0} with {1} hex digits is accepted")
    @CsvSource({"sha256, 64", "sha384, 96", "sha512, 128"})
    void eachKnownAlgorithmIsAcceptedWithItsOwnLength(String algorithm, int length) throws Exception {
        String digest = algorithm + ":" + hex(length);
        ImageReference r = ImageReference.parse("dhi.io/python:3.13@" + digest);
        assertThat(r.digest()).isEqualTo(digest);
    }

    @ParameterizedTest(name = "{0} with {1} hex digits is refused")
    @CsvSource({"sha512, 64", "sha512, 96", "sha384, 64", "sha384, 128", "sha256, 96", "sha256, 128", "sha256, 63",
            "sha512, 127"})
    void aKnownAlgorithmWithAnotherLengthIsRefused(String algorithm, int length) {
        assertThatThrownBy(() -> ImageReference.parse("dhi.io/python:3.13@" + algorithm + ":" + hex(length)))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining(algorithm + " needs exactly");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({"md5, 32", "sha1, 40", "blake3, 64", "sha256x, 64"})
    void anUnknownAlgorithmIsRefused(String algorithm, int length) {
        assertThatThrownBy(() -> ImageReference.parse("dhi.io/python@" + algorithm + ":" + hex(length)))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining("unsupported algorithm '" + algorithm + "'");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({"sha512", "sha384"})
    void upperCaseHexIsRefusedForEveryAlgorithm(String algorithm) {
        int length = algorithm.equals("sha512") ? 128 : 96;
        assertThatThrownBy(() -> ImageReference.parse("dhi.io/python@" + algorithm + ":" + hex(length).toUpperCase()))
                .isInstanceOf(InvalidReferenceException.class);
    }
}
