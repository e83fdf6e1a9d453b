package dev.dhipicker.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans the packages that talk to people (ui, cli, export, migrate, discover) for string literals that read like
 * sentences: those belong in the message bundles. Not flagged: Dockerfile instructions, paths,
 * picocli {@code ${bundle:...}} references, messages of programming-error exceptions, and lines
 * marked {@code // not user-facing} with a reason.
 */
class NoHardCodedTextTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PROSE = Pattern.compile("[A-Za-z]{2,}[,;:]? [a-z]{2,} [a-z]{2,}");
    private static final Pattern TECHNICAL = Pattern.compile(
            "^(\\$\\{bundle:.*|(RUN|COPY|ENV|FROM|WORKDIR|USER|EXPOSE|ENTRYPOINT|CMD|ARG|#) .*|[./~].*|-.*)$");

    @Test
    void sentencesComeFromTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : List.of("ui", "cli", "export", "migrate", "discover")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/dhipicker", pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    scan(f, found);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static void scan(Path file, List<String> found) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (t.startsWith("*") || t.startsWith("//") || t.startsWith("/*") || line.contains("// not user-facing")
                    || line.contains("IllegalStateException(") || line.contains("IllegalArgumentException(")) {
                continue;
            }
            Matcher m = LITERAL.matcher(line);
            while (m.find()) {
                String text = m.group(1);
                if (PROSE.matcher(text).find() && !TECHNICAL.matcher(text).matches()) {
                    found.add(file + ":" + (i + 1) + ": \"" + text + "\"");
                }
            }
        }
    }
}
