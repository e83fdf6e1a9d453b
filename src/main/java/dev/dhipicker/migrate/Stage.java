package dev.dhipicker.migrate;

import java.util.List;

/**
 * One stage of the input: its {@code FROM} and the instructions up to the next one.
 *
 * @param index    0-based index
 * @param from     the {@code FROM} instruction
 * @param image    the image word as written ({@code python:${V}-slim})
 * @param resolved the image with build arguments substituted
 * @param name     the stage name, or null
 * @param body     the instructions after the {@code FROM}
 */
record Stage(int index, Instruction from, String image, String resolved, String name, List<Instruction> body) {
    Stage {
        body = List.copyOf(body);
    }

    /** True when a step needs a shell or a package manager (RUN, SHELL). */
    boolean runs() {
        return body.stream().anyMatch(i -> i.is("RUN") || i.is("SHELL"));
    }

    /** The last instruction with the keyword, or null. */
    Instruction last(String keyword) {
        Instruction found = null;
        for (Instruction i : body) {
            if (i.is(keyword)) {
                found = i;
            }
        }
        return found;
    }
}
