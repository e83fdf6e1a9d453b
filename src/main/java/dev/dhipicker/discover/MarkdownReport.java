package dev.dhipicker.discover;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.Finding;

/**
 * The Markdown report, to paste into a pull request: a title, the summary, a table of every
 * reference, then a section per file with what each image is and the findings.
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String write(DiscoveryReport r, Messages messages) {
        ReportTexts t = new ReportTexts(messages);
        Messages m = messages;
        StringBuilder b = new StringBuilder();
        b.append("## ").append(m.get("discover.md.title")).append("\n\n");
        b.append(Summary.line(r, t)).append("\n\n");
        if (!r.answers().isEmpty()) {
            b.append("### ").append(cell(m.get("discover.answers.title").replaceAll("[:：]$", ""))).append("\n\n");
            for (InferredAnswer a : r.answers()) {
                b.append("- ").append(cell(t.answer(a))).append('\n');
            }
            b.append('\n');
        }
        if (!r.references().isEmpty()) {
            b.append("| ").append(m.get("discover.md.file")).append(" | ").append(m.get("discover.md.line"))
                    .append(" | ").append(m.get("discover.md.place")).append(" | ").append(m.get("discover.md.current"))
                    .append(" | ").append(m.get("discover.md.counterpart")).append(" | ")
                    .append(m.get("discover.md.status")).append(" |\n");
            b.append("| --- | ---: | --- | --- | --- | --- |\n");
            for (DiscoveredReference x : r.references()) {
                FoundReference f = x.found();
                b.append("| ").append(code(f.file())).append(" | ").append(f.line()).append(" | ")
                        .append(cell(t.place(f.place()))).append(" | ").append(code(t.reference(x))).append(" | ")
                        .append(x.replacement() == null ? "-" : code(x.replacement())).append(" | ")
                        .append(cell(t.status(x.status()))).append(" |\n");
            }
            b.append('\n');
        }
        for (FileReport f : r.files()) {
            b.append("### ").append(code(f.path())).append("\n\n");
            for (DiscoveredReference x : f.references()) {
                FoundReference p = x.found();
                b.append("- ").append(cell(m.get("discover.md.item", String.valueOf(p.line()), t.place(p.place()))))
                        .append(' ').append(code(t.reference(x)));
                if (x.replacement() != null) {
                    b.append(" → ").append(code(x.replacement()));
                }
                b.append(" (").append(cell(t.status(x.status()))).append(")");
                String what = t.what(x);
                if (what != null) {
                    b.append(": ").append(cell(what));
                }
                b.append('\n');
                for (Finding y : x.findings()) {
                    b.append("  - ").append(finding(y, t)).append('\n');
                }
            }
            for (Finding y : f.findings()) {
                b.append("- ").append(finding(y, t)).append('\n');
            }
            for (Notice n : f.notices()) {
                b.append("- ").append(notice(n, t)).append('\n');
            }
            b.append('\n');
        }
        for (Notice n : r.notices()) {
            b.append("- ").append(notice(n, t)).append('\n');
        }
        return b.toString().stripTrailing() + "\n";
    }

    private static String finding(Finding y, ReportTexts t) {
        String text = "**" + cell(t.severity(y.severity())) + "** " + code(y.rule()) + " ("
                + cell(t.messages().get("discover.md.lineShort", String.valueOf(y.line()))) + "): " + cell(t.finding(y));
        return y.source() == null ? text : text + " [" + cell(t.messages().get("discover.md.docs")) + "](" + y.source() + ")";
    }

    private static String notice(Notice n, ReportTexts t) {
        String where = n.line() == 0 ? "" : " (" + cell(t.messages().get("discover.md.lineShort", String.valueOf(n.line())))
                + ")";
        return "**" + cell(t.severity(n.severity())) + "** " + code(n.rule()) + where + ": " + cell(t.notice(n));
    }

    /** Text in a table cell or list item: pipes, HTML and Markdown markup escaped, one line. */
    static String cell(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            if ("\\|*_`[]<>#".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A code span that no backtick in the text can end early; pipes escaped for tables. */
    static String code(String s) {
        String one = s.replaceAll("[\\r\\n]+", " ").replace("|", "\\|");
        String fence = one.contains("`") ? "``" : "`";
        String pad = one.startsWith("`") || one.endsWith("`") ? " " : "";
        return fence + pad + one + pad + fence;
    }
}
