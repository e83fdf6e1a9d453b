package dev.dhipicker.discover;

import dev.dhipicker.migrate.Finding;
import dev.dhipicker.migrate.Severity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one discovery.
 *
 * @param files   the files that hold references, findings or notices, in walk order
 * @param notices what concerns the walk itself (limits reached)
 * @param seen    how many files the walk looked at
 * @param read    how many of them discover read
 * @param answers the wizard's answers the project's own files give
 */
public record DiscoveryReport(List<FileReport> files, List<Notice> notices, int seen, int read,
                              List<InferredAnswer> answers) {
    public DiscoveryReport {
        files = List.copyOf(files);
        notices = List.copyOf(notices);
        answers = List.copyOf(answers);
    }

    /** Every reference, in file order. */
    public List<DiscoveredReference> references() {
        return files.stream().flatMap(f -> f.references().stream()).toList();
    }

    /** How many references have each status. */
    public Map<Status, Integer> counts() {
        Map<Status, Integer> out = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            out.put(s, 0);
        }
        references().forEach(r -> out.merge(r.status(), 1, Integer::sum));
        return out;
    }

    /** The most severe finding or notice, or null when there is none. */
    public Severity worst() {
        Severity worst = null;
        for (FileReport f : files) {
            for (DiscoveredReference r : f.references()) {
                for (Finding x : r.findings()) {
                    worst = worse(worst, x.severity());
                }
            }
            for (Finding x : f.findings()) {
                worst = worse(worst, x.severity());
            }
            for (Notice n : f.notices()) {
                worst = worse(worst, n.severity());
            }
        }
        for (Notice n : notices) {
            worst = worse(worst, n.severity());
        }
        return worst;
    }

    private static Severity worse(Severity a, Severity b) {
        return a == null || b.ordinal() < a.ordinal() ? b : a;
    }

    /** The files {@code --write} would change. */
    public List<FileReport> changes() {
        return files.stream().filter(FileReport::changes).toList();
    }
}
