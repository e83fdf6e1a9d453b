package dev.dhipicker.export;

import java.util.List;
import java.util.Set;

/**
 * A last look at the rendered text before anyone sees it: only known instructions, the expected
 * FROM lines in order, no RUN in the final stage, CMD and ENTRYPOINT in exec form. A failure here is
 * a bug in a template, not a user error.
 */
final class DockerfileShape {
    private static final Set<String> INSTRUCTIONS = Set.of("FROM", "ARG", "WORKDIR", "COPY", "RUN", "ENV", "USER",
            "EXPOSE", "CMD", "ENTRYPOINT");

    private DockerfileShape() {
    }

    static void check(String text, String runtimeFrom, String buildFrom) {
        List<String> lines = text.lines().toList();
        int froms = 0;
        boolean finalStage = false;
        String expectedFinal = "FROM " + runtimeFrom;
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String keyword = space < 0 ? line : line.substring(0, space);
            if (!INSTRUCTIONS.contains(keyword)) {
                throw new IllegalStateException("unexpected Dockerfile line: " + line);
            }
            switch (keyword) {
                case "FROM" -> {
                    froms++;
                    if (buildFrom != null && froms == 1) {
                        require(line.equals("FROM " + buildFrom + " AS " + TemplateContext.BUILD_STAGE), line);
                    } else {
                        require(line.equals(expectedFinal), line);
                        finalStage = true;
                    }
                }
                case "RUN" -> require(!finalStage, line);
                case "CMD", "ENTRYPOINT" -> require(line.substring(space + 1).startsWith("[\""), line);
                default -> {
                }
            }
        }
        require(froms == (buildFrom == null ? 1 : 2) && finalStage, "FROM count " + froms);
    }

    private static void require(boolean ok, String line) {
        if (!ok) {
            throw new IllegalStateException("Dockerfile template broke a rule at: " + line);
        }
    }
}
