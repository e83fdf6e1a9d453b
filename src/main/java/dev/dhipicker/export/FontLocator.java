package dev.dhipicker.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Finds installed font files for a fontconfig pattern, best match first. */
@FunctionalInterface
public interface FontLocator {

    /**
     * A font file, and the font's index inside a collection ({@code .ttc}), 0 otherwise.
     *
     * @param path  font file
     * @param index face index
     */
    record FontFile(Path path, int index) {
    }

    /** Fonts matching a pattern such as {@code :lang=zh-cn}; empty when none (or no fontconfig). */
    List<FontFile> find(String pattern);

    /**
     * Asks fontconfig: {@code fc-match} for its first choice, then {@code fc-list} for every other
     * font that matches. A missing {@code fc-match} or {@code fc-list} means no fonts.
     */
    static FontLocator fontconfig() {
        return pattern -> {
            Set<FontFile> found = new LinkedHashSet<>();
            found.addAll(Fontconfig.run("fc-match", "-f", "%{file}|%{index}\\n", pattern));
            List<FontFile> listed = Fontconfig.run("fc-list", "-f", "%{file}|%{index}\\n", pattern);
            if (!listed.isEmpty()) {
                found.retainAll(listed); // fc-match falls back to any font; keep it only if it matches
                found.addAll(listed);
            }
            return List.copyOf(found);
        };
    }

    /** Runs fontconfig's command-line tools. */
    final class Fontconfig {
        private Fontconfig() {
        }

        static List<FontFile> run(String... command) {
            List<FontFile> out = new ArrayList<>();
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(false)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return out;
                }
                for (String line : text.split("\n")) {
                    int bar = line.lastIndexOf('|');
                    if (bar <= 0) {
                        continue;
                    }
                    Path file = Path.of(line.substring(0, bar));
                    int index = parseIndex(line.substring(bar + 1));
                    if (Files.isRegularFile(file)) {
                        out.add(new FontFile(file, index));
                    }
                }
            } catch (IOException e) {
                return out; // fontconfig is not installed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return out;
        }

        private static int parseIndex(String s) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
