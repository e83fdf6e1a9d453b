package dev.dhipicker.discover;

import dev.dhipicker.catalog.JsonText;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.Finding;
import dev.dhipicker.migrate.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SARIF 2.1.0 report for code-scanning upload: one rule per finding kind (the migration's
 * rules, discover's own notices, and {@code dhi-counterpart} for a reference that has a DHI
 * replacement), each with a short description from the bundle ({@code discover.rule.<id>}) and,
 * for a migration rule, the documentation page of its first finding as {@code helpUri}; one result
 * per finding with its file (relative to {@code %SRCROOT%}), line and column.
 */
public final class SarifReport {
    /** The rule of a reference that has a DHI counterpart. */
    public static final String COUNTERPART_RULE = "dhi-counterpart";

    private SarifReport() {
    }

    private record Result(String rule, Severity severity, String message, String file, int line, int column,
                          String help) {
    }

    public static String write(DiscoveryReport r, String version, Messages messages) {
        ReportTexts t = new ReportTexts(messages);
        List<Result> results = new ArrayList<>();
        for (FileReport f : r.files()) {
            for (DiscoveredReference x : f.references()) {
                FoundReference p = x.found();
                if ((x.status() == Status.COUNTERPART || x.status() == Status.LINE_ENDED) && x.replacement() != null) {
                    results.add(new Result(COUNTERPART_RULE, Severity.INFO,
                            messages.get("discover.sarif.counterpart", t.reference(x), x.replacement(), t.place(p.place())),
                            p.file(), p.line(), p.column(), null));
                }
                for (Finding y : x.findings()) {
                    results.add(new Result(y.rule(), y.severity(), t.finding(y), p.file(), y.line(),
                            y.line() == p.line() ? p.column() : 0, y.source()));
                }
            }
            for (Finding y : f.findings()) {
                results.add(new Result(y.rule(), y.severity(), t.finding(y), f.path(), y.line(), 0, y.source()));
            }
            for (Notice n : f.notices()) {
                results.add(new Result(n.rule(), n.severity(), t.notice(n), n.file(), n.line(), n.column(), null));
            }
        }
        for (Notice n : r.notices()) {
            results.add(new Result(n.rule(), n.severity(), t.notice(n), n.file(), n.line(), n.column(), null));
        }
        Map<String, Result> firstOfRule = new TreeMap<>();
        for (Result x : results) {
            firstOfRule.putIfAbsent(x.rule(), x);
        }
        List<String> ruleIds = new ArrayList<>(firstOfRule.keySet());
        List<Object> rules = new ArrayList<>();
        for (String id : ruleIds) {
            Result first = firstOfRule.get(id);
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", id);
            rule.put("name", id);
            rule.put("shortDescription", Map.of("text", messages.get(RuleDescriptions.key(id))));
            rule.put("defaultConfiguration", Map.of("level", level(first.severity())));
            if (first.help() != null) {
                rule.put("helpUri", first.help());
            }
            rules.add(rule);
        }
        List<Object> out = new ArrayList<>();
        for (Result x : results) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("ruleId", x.rule());
            o.put("ruleIndex", ruleIds.indexOf(x.rule()));
            o.put("level", level(x.severity()));
            o.put("message", Map.of("text", x.message()));
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", Map.of("uri", uri(x.file()), "uriBaseId", "%SRCROOT%"));
            if (x.line() > 0) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", x.line());
                if (x.column() > 0) {
                    region.put("startColumn", x.column());
                }
                physical.put("region", region);
            }
            o.put("locations", List.of(Map.of("physicalLocation", physical)));
            out.add(o);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "dhi-picker");
        driver.put("version", version);
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", out);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return JsonText.write(root) + "\n";
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative path as a URI reference: each segment percent-encoded where it must be. */
    static String uri(String path) {
        if (path.equals(".")) {
            return "./";
        }
        StringBuilder b = new StringBuilder();
        for (byte c : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int u = c & 0xff;
            if (Character.isLetterOrDigit(u) && u < 128 || "-._~/".indexOf(u) >= 0) {
                b.append((char) u);
            } else {
                b.append('%').append(String.format("%02X", u));
            }
        }
        return b.toString();
    }
}
