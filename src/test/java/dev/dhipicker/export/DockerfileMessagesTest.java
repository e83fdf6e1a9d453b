package dev.dhipicker.export;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.ComplianceNeed;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every dockerfile.* key the code uses is in the bundle, and the texts are safe MessageFormat patterns. */
class DockerfileMessagesTest {

    static final Messages EN = Messages.english();

    @Test
    void everyKeyUsedInTheCodeIsInTheBundle() throws Exception {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(dockerfile\\.[A-Za-z0-9.]+[A-Za-z0-9])\"");
        List<Path> sources;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java/dev/dhipicker/export"))) {
            sources = new java.util.ArrayList<>(s.filter(p -> p.toString().endsWith(".java")).toList());
        }
        sources.add(Path.of("src/main/java/dev/dhipicker/cli/DockerfileCommand.java"));
        for (Path p : sources) {
            Matcher m = literal.matcher(Files.readString(p));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        for (String field : List.of("runtime", "build", "entry", "workDir", "uid", "gid", "source", "target", "port",
                "cmd", "entrypoint")) {
            keys.add("dockerfile.field." + field);
        }
        for (ComplianceNeed c : ComplianceNeed.values()) {
            if (c.mirrored()) {
                keys.add("dockerfile.compliance." + c.id());
            }
        }
        assertThat(keys).hasSizeGreaterThan(80);
        assertThat(keys).allSatisfy(k -> assertThat(EN.has(k)).as(k).isTrue());
    }

    @Test
    void textsHaveNoSingleQuotesOrLineBreaks() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/dev/dhipicker/i18n/messages.properties"));
        List<String> ours = lines.stream().filter(l -> l.startsWith("dockerfile.")).toList();
        assertThat(ours).isNotEmpty();
        // Messages formats a text only when it has arguments, so a quote would read differently with and without them.
        assertThat(ours).allSatisfy(l -> assertThat(l).doesNotContain("'").doesNotEndWith("\\"));
    }

    @Test
    void aCompatImageWithAShellIsNotCalledShellLess() throws Exception {
        var redis = ExportFixture.recommend(dev.dhipicker.recommend.Answers.defaults("redis")
                .withHelm(dev.dhipicker.recommend.HelmUse.UPSTREAM_CHART));
        assertThat(redis.runtime().flavors()).contains("compat");
        assertThat(redis.runtime().definition().shell()).as("the catalog says redis -compat has a shell").isTrue();
        // comments wrap: read them as one line each
        String compat = ExportFixture.writer().render(redis, DockerfileOptions.defaults()).replaceAll("\n#\\s{2,}", " ");
        assertThat(compat).contains("# " + EN.get("dockerfile.header.rulesApplicationShell"))
                .doesNotContain(EN.get("dockerfile.header.rulesApplication"));

        var plain = ExportFixture.recommend(dev.dhipicker.recommend.Answers.defaults("redis"));
        assertThat(plain.runtime().definition().shell()).isFalse();
        assertThat(ExportFixture.writer().render(plain, DockerfileOptions.defaults()).replaceAll("\n#\\s{2,}", " "))
                .contains("# " + EN.get("dockerfile.header.rulesApplication"));
    }
}
