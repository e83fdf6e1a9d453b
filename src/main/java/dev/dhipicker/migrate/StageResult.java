package dev.dhipicker.migrate;

import java.util.List;

/**
 * One stage of the migration report.
 *
 * @param index      0-based stage index in the input
 * @param name       the stage name ({@code AS name}), or null
 * @param line       1-based input line of its {@code FROM}
 * @param from       the image as written
 * @param role       what the stage became
 * @param reference  the new reference, or null when the stage was left as written
 * @param reasonKey  message key of the one-sentence reason
 * @param reasonArgs its parameters
 */
public record StageResult(int index, String name, int line, String from, StageRole role, String reference,
                          String reasonKey, List<String> reasonArgs) {
    public StageResult {
        reasonArgs = List.copyOf(reasonArgs);
    }
}
