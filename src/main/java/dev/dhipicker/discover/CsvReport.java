package dev.dhipicker.discover;


import java.util.List;
import java.util.stream.Collectors;

/**
 * The CSV report (RFC 4180, one row per reference, English ids): every field is quoted, and a
 * field that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}) gets
 * a leading apostrophe.
 */
public final class CsvReport {
    private static final List<String> HEADER = List.of("file", "line", "column", "place", "context", "reference",
            "built_from", "use", "status", "replacement", "written", "findings");

    private CsvReport() {
    }

    public static String write(DiscoveryReport r) {
        StringBuilder b = new StringBuilder();
        row(b, HEADER);
        for (DiscoveredReference x : r.references()) {
            FoundReference f = x.found();
            row(b, List.of(f.file(), String.valueOf(f.line()), String.valueOf(f.column()), f.place().id(),
                    nz(f.context()), f.reference(), nz(x.builtFrom()), f.build() ? "build" : "runtime", x.status().id(),
                    nz(x.replacement()), String.valueOf(x.written()),
                    x.findings().stream().map(y -> y.severity().id() + ":" + y.rule()).collect(Collectors.joining(" "))));
        }
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void row(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            b.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        b.append("\r\n");
    }
}
