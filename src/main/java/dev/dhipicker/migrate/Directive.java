package dev.dhipicker.migrate;

/**
 * A parser directive at the top of a Dockerfile ({@code # syntax=...}, {@code # escape=`}).
 *
 * @param name  the directive name in lower case
 * @param value its value
 * @param line  1-based input line
 */
public record Directive(String name, String value, int line) {
}
