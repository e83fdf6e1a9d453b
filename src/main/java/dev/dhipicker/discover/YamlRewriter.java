package dev.dhipicker.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes new image references into a YAML text by replacing only the characters of the old
 * values: comments, order, quoting and formatting stay as they were (the file is never
 * re-serialised).
 */
final class YamlRewriter {
    private record Edit(int start, int end, String text) {
    }

    private final List<Edit> edits = new ArrayList<>();

    /**
     * Plans the edit that writes {@code replacement} into a target. A value written once and reached
     * from several places (a YAML anchor merged into several mappings) is edited once; false, and
     * nothing planned, when another place already planned a different text for it.
     */
    boolean replace(EditTarget target, String replacement) {
        List<Edit> planned = new ArrayList<>(edits);
        edits.clear();
        plan(target, replacement);
        List<Edit> added = new ArrayList<>(edits);
        edits.clear();
        edits.addAll(planned);
        for (Edit a : added) {
            for (Edit p : planned) {
                if (p.start() == a.start() && p.end() == a.end() && !p.text().equals(a.text())) {
                    return false;
                }
            }
        }
        for (Edit a : added) {
            if (!planned.contains(a)) {
                edits.add(a);
            }
        }
        return true;
    }

    private void plan(EditTarget target, String replacement) {
        if (target instanceof EditTarget.Whole w) {
            edits.add(new Edit(w.span().start(), w.span().end(), replacement));
        } else if (target instanceof EditTarget.Split s) {
            Parts p = Parts.of(replacement);
            if (s.registry() != null) {
                edits.add(new Edit(s.registry().start(), s.registry().end(), p.registry()));
                edits.add(new Edit(s.repository().start(), s.repository().end(), p.repository()));
            } else {
                edits.add(new Edit(s.repository().start(), s.repository().end(), p.name()));
            }
            edits.add(new Edit(s.tag().start(), s.tag().end(), p.tag()));
        } else if (target instanceof EditTarget.NameInsert n) {
            Parts p = Parts.of(replacement);
            edits.add(new Edit(n.insertAt(), n.insertAt(), n.indent() + "newName: " + p.name() + "\n"));
            edits.add(new Edit(n.tag().start(), n.tag().end(), p.tag()));
        }
    }

    /** The text with every planned edit applied; overlapping edits keep the first planned. */
    String apply(String text) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start));
        StringBuilder b = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Edit e : sorted) {
            if (e.start() < at) {
                continue;
            }
            b.append(text, at, e.start()).append(e.text());
            at = e.end();
        }
        return b.append(text, at, text.length()).toString();
    }

    /**
     * A reference cut into registry, repository and tag ({@code dhi.io/python:3.13} is
     * {@code dhi.io}, {@code python}, {@code 3.13}; {@code acme/dhi-python:3.13} is
     * {@code docker.io}, {@code acme/dhi-python}, {@code 3.13}).
     */
    record Parts(String registry, String repository, String tag, String name) {
        static Parts of(String reference) {
            String ref = reference;
            int at = ref.indexOf('@');
            if (at >= 0) {
                ref = ref.substring(0, at);
            }
            int slash = ref.lastIndexOf('/');
            int colon = ref.lastIndexOf(':');
            String name = colon > slash ? ref.substring(0, colon) : ref;
            String tag = colon > slash ? ref.substring(colon + 1) : "latest";
            int first = name.indexOf('/');
            String head = first < 0 ? "" : name.substring(0, first);
            boolean host = head.contains(".") || head.contains(":") || head.equals("localhost");
            String registry = host ? head : "docker.io";
            String repository = host ? name.substring(first + 1) : name;
            return new Parts(registry, repository, tag, name);
        }
    }
}
