package dev.dhipicker.migrate;

import java.util.List;

/**
 * A parsed Dockerfile: the exact input text, its parser directives and its instructions.
 *
 * @param text         the input, unchanged
 * @param escape       the escape character ({@code \} or {@code `})
 * @param directives   parser directives, in order
 * @param instructions instructions, in order
 */
public record Dockerfile(String text, char escape, List<Directive> directives, List<Instruction> instructions) {
    public Dockerfile {
        directives = List.copyOf(directives);
        instructions = List.copyOf(instructions);
    }
}
