package dev.dhipicker.discover;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.Finding;

/** The plain-text report: a summary, then each file with its references, findings and notices. */
public final class TextReport {
    private TextReport() {
    }

    public static String write(DiscoveryReport r, Messages messages) {
        ReportTexts t = new ReportTexts(messages);
        Messages m = messages;
        StringBuilder b = new StringBuilder();
        b.append(Summary.line(r, t)).append('\n');
        if (!r.answers().isEmpty()) {
            b.append('\n').append(m.get("discover.answers.title")).append('\n');
            for (InferredAnswer a : r.answers()) {
                b.append("  ").append(t.answer(a)).append('\n');
            }
        }
        for (FileReport f : r.files()) {
            b.append('\n').append(f.path()).append('\n');
            for (DiscoveredReference x : f.references()) {
                FoundReference p = x.found();
                b.append("  ").append(m.get("discover.text.reference", p.line() + ":" + p.column(), t.place(p.place()),
                        t.reference(x), x.replacement() == null ? "-" : x.replacement(), t.status(x.status())));
                b.append('\n');
                String what = t.what(x);
                if (what != null) {
                    b.append("      ").append(what).append('\n');
                }
                for (Finding y : x.findings()) {
                    b.append("      ").append(finding(y, t)).append('\n');
                }
            }
            for (Finding y : f.findings()) {
                b.append("  ").append(finding(y, t)).append('\n');
            }
            for (Notice n : f.notices()) {
                b.append("  ").append(notice(n, t)).append('\n');
            }
        }
        if (!r.notices().isEmpty()) {
            b.append('\n');
            for (Notice n : r.notices()) {
                b.append(notice(n, t)).append('\n');
            }
        }
        return b.toString();
    }

    private static String finding(Finding y, ReportTexts t) {
        return t.messages().get("discover.text.finding", String.valueOf(y.line()), t.severity(y.severity()), y.rule(),
                t.finding(y));
    }

    private static String notice(Notice n, ReportTexts t) {
        return t.messages().get("discover.text.finding", n.line() == 0 ? n.file() : String.valueOf(n.line()),
                t.severity(n.severity()), n.rule(), t.notice(n));
    }
}
