package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.testing.BundledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A final PHP stage that builds extensions is split only where the chosen {@code -dev} and runtime
 * images both set the variables the copies name ({@code PHP_PREFIX}, {@code PHP_INI_DIR}) to the
 * same values. Each row names the images a real catalog line gives and whether it splits; the row
 * is checked against the environment those definitions set in the bundled catalog, so a catalog
 * that changes its environment fails here rather than silently changing the expectation.
 */
class PhpExtensionSplitTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // Debian: PHP built into /opt/php-<line>, PHP_PREFIX set in both images
                Arguments.of("FROM php:8.5-cli-trixie\nRUN apt-get update && apt-get install -y libicu-dev \\\n"
                        + "    && docker-php-ext-install intl\nWORKDIR /app\nCOPY . .\n"
                        + "CMD [\"php\", \"bin/console\", \"app:run\"]\n", "8.5-debian13-dev", "8.5-debian13", true),
                Arguments.of("FROM php:8.4-fpm\nRUN pecl install redis && docker-php-ext-enable redis\n"
                        + "COPY . /var/www/html\nCMD [\"php-fpm\"]\n", "8.4-debian13-dev", "8.4-debian13-fpm", true),
                // Alpine 3.24: PHP from the php-<line> package, no PHP_PREFIX in either image
                Arguments.of("FROM php:8.5-cli-alpine3.24\nRUN apk add --no-cache icu-libs icu-dev \\\n"
                        + "    && docker-php-ext-install intl \\\n    && apk del icu-dev\nWORKDIR /app\nCOPY . .\n"
                        + "CMD [\"php\", \"bin/console\", \"app:run\"]\n", "8.5-alpine3.24-dev", "8.5-alpine3.24", false),
                Arguments.of("FROM php:8.3-fpm-alpine\nRUN docker-php-ext-install pdo_mysql opcache\n"
                        + "COPY . /var/www/html\nCMD [\"php-fpm\"]\n", "8.3-alpine3.24-dev", "8.3-alpine3.24-fpm", false));
    }

    private static ImageDefinition php(String tag) {
        return BundledData.CATALOG.definitionByTag("php", tag).orElseThrow(() -> new AssertionError("no php:" + tag));
    }

    /** The test's own reading of the environments: the variable the copies need that is not shared, or null. */
    private static String unshared(ImageDefinition build, ImageDefinition runtime) {
        for (String name : List.of("PHP_PREFIX", "PHP_INI_DIR")) {
            String b = build.environment().get(name);
            String r = runtime.environment().get(name);
            if (r == null || r.isEmpty() || !Objects.equals(b, r)) {
                return name;
            }
        }
        return null;
    }

    @ParameterizedTest
    @MethodSource("rows")
    void splitsOnlyWhereBothImagesSetTheVariablesTheCopiesName(String text, String devTag, String runtimeTag,
                                                                boolean split) throws Exception {
        ImageDefinition dev = php(devTag);
        ImageDefinition runtime = php(runtimeTag);
        String missing = unshared(dev, runtime);
        assertThat(missing == null).as("the row agrees with the catalog environment of php:%s and php:%s",
                devTag, runtimeTag).isEqualTo(split);

        MigrationResult r = MigratorTest.migrate(text);
        String devRef = "dhi.io/php:" + devTag;
        String runtimeRef = "dhi.io/php:" + runtimeTag;
        StageResult last = r.stages().get(r.stages().size() - 1);
        if (split) {
            assertThat(r.dockerfile()).contains("\nFROM " + devRef + " AS build\n")
                    .contains("\nFROM " + runtimeRef + "\n")
                    .contains("\nCOPY --from=build $PHP_PREFIX/lib/php/extensions $PHP_PREFIX/lib/php/extensions\n")
                    .contains("\nCOPY --from=build $PHP_INI_DIR/conf.d $PHP_INI_DIR/conf.d\n");
            assertThat(last.role()).isEqualTo(StageRole.RUNTIME);
            assertThat(last.reference()).isEqualTo(runtimeRef);
            assertThat(dev.env("PHP_PREFIX")).isEqualTo(runtime.env("PHP_PREFIX")).startsWith("/");
            assertThat(r.findings()).noneMatch(f -> f.rule().equals("php-ext-dir"));
        } else {
            assertThat(r.dockerfile()).doesNotContain("$PHP_PREFIX").doesNotContain("COPY --from=build")
                    .contains("\nFROM " + devRef + "\n");
            assertThat(last.role()).isEqualTo(StageRole.BUILD);
            assertThat(last.reference()).isEqualTo(devRef);
            assertThat(r.findings()).anyMatch(f -> f.rule().equals("php-ext-dir") && f.line() == 1
                    && f.args().equals(List.of(devRef, runtimeRef, missing)));
            assertThat(MigratorTest.rules(r)).contains("1 runtime-needs-shell").doesNotContain("1 stage-split");
        }
    }

    @Test
    void theVariablesMustBeSetInBothImagesToOneNonEmptyValue() {
        Map<String, String> deb = Map.of("PHP_PREFIX", "/opt/php-8.5", "PHP_INI_DIR", "/usr/local/etc/php");
        Map<String, String> alpine = Map.of("PHP_INI_DIR", "/usr/local/etc/php", "PHP_VERSION", "8.5.9-r0");
        assertThat(SplitPattern.phpUnshared(deb, deb)).isNull();
        assertThat(SplitPattern.phpUnshared(alpine, alpine)).isEqualTo("PHP_PREFIX");
        assertThat(SplitPattern.phpUnshared(deb, alpine)).as("missing at run time").isEqualTo("PHP_PREFIX");
        assertThat(SplitPattern.phpUnshared(alpine, deb)).as("missing in the build image").isEqualTo("PHP_PREFIX");
        assertThat(SplitPattern.phpUnshared(deb, Map.of("PHP_PREFIX", "/opt/php-8.4", "PHP_INI_DIR",
                "/usr/local/etc/php"))).as("another directory").isEqualTo("PHP_PREFIX");
        assertThat(SplitPattern.phpUnshared(deb, Map.of("PHP_PREFIX", "/opt/php-8.5", "PHP_INI_DIR", "/etc/php")))
                .isEqualTo("PHP_INI_DIR");
        assertThat(SplitPattern.phpUnshared(Map.of("PHP_PREFIX", "", "PHP_INI_DIR", "/a"),
                Map.of("PHP_PREFIX", "", "PHP_INI_DIR", "/a"))).as("empty").isEqualTo("PHP_PREFIX");
    }
}
