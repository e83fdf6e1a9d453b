package dev.dhipicker.discover;

import java.util.Map;

/** The one-line summary every report starts with. */
final class Summary {
    private Summary() {
    }

    static String line(DiscoveryReport r, ReportTexts t) {
        Map<Status, Integer> c = r.counts();
        long files = r.files().stream().filter(f -> !f.references().isEmpty()).count();
        return t.messages().get("discover.summary", r.references().size(), files, r.seen(),
                c.get(Status.ALREADY_DHI), c.get(Status.COUNTERPART), c.get(Status.NO_COUNTERPART),
                c.get(Status.LINE_ENDED), c.get(Status.INVALID) + c.get(Status.UNRESOLVED), r.changes().size());
    }
}
