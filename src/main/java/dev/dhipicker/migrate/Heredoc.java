package dev.dhipicker.migrate;

/**
 * A here-document of a {@code RUN}, {@code COPY} or {@code ADD} instruction ({@code <<EOF}).
 *
 * @param word       the delimiter word
 * @param stripTabs  true for {@code <<-}, which strips leading tabs
 * @param body       the body lines, joined with {@code \n}, without the delimiter line
 * @param startLine  1-based line of the first body line
 * @param endLine    1-based line of the delimiter
 */
public record Heredoc(String word, boolean stripTabs, String body, int startLine, int endLine) {
}
