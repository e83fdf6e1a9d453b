package dev.dhipicker.ui.model;

import dev.dhipicker.discover.DiscoveredReference;
import dev.dhipicker.discover.DiscoveryReport;
import dev.dhipicker.discover.FileKind;
import dev.dhipicker.discover.ReportTexts;
import dev.dhipicker.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rows of the wizard's project view, from a discovery report, and their filter. */
public final class ProjectTable {

    /**
     * One reference as the table shows it.
     *
     * @param file        the file, relative to the project
     * @param line        its line
     * @param place       the kind of place, in the interface language
     * @param current     the reference as written
     * @param counterpart the DHI counterpart, or an empty string
     * @param status      the status, in the interface language
     * @param dockerfile  true when the file is a Dockerfile (it can be opened in the Migration view)
     */
    public record Row(String file, int line, String place, String current, String counterpart, String status,
                      boolean dockerfile) {
    }

    private ProjectTable() {
    }

    /** Every reference of the report, in file order. */
    public static List<Row> rows(DiscoveryReport report, Messages messages) {
        ReportTexts t = new ReportTexts(messages);
        List<Row> out = new ArrayList<>();
        for (var f : report.files()) {
            for (DiscoveredReference r : f.references()) {
                out.add(new Row(f.path(), r.found().line(), t.place(r.found().place()), t.reference(r),
                        r.replacement() == null ? "" : r.replacement(), t.status(r.status()),
                        f.kind() == FileKind.DOCKERFILE));
            }
        }
        return out;
    }

    /** The rows whose file, place, reference, counterpart or status contains the text (any case). */
    public static List<Row> filter(List<Row> rows, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return rows;
        }
        return rows.stream().filter(r -> (r.file() + "\n" + r.place() + "\n" + r.current() + "\n" + r.counterpart()
                + "\n" + r.status()).toLowerCase(Locale.ROOT).contains(needle)).toList();
    }
}
