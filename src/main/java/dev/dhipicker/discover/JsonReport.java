package dev.dhipicker.discover;

import dev.dhipicker.catalog.JsonText;
import dev.dhipicker.catalog.TagFacts;
import dev.dhipicker.catalog.UpstreamFacts;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report; its schema is {@code docs/discover-report.schema.json}. Field names and
 * enumerations are English ids; {@code message} and {@code what} follow the language.
 */
public final class JsonReport {
    /** The version of the report's schema. */
    public static final int SCHEMA_VERSION = 1;

    private JsonReport() {
    }

    /**
     * The report as JSON text.
     *
     * @param root    the folder as the user gave it
     * @param options the answers as given ({@code org}, {@code libc}, {@code compliance}, {@code today}; nulls kept)
     */
    public static String write(DiscoveryReport r, String root, Map<String, String> options, Messages messages) {
        return write(r, root, options, null, messages);
    }

    /**
     * The report as JSON text, with the catalog in use.
     *
     * @param root    the folder as the user gave it
     * @param options the answers as given ({@code org}, {@code libc}, {@code compliance}, {@code today}; nulls kept)
     * @param catalog the catalog the answers come from (snapshot, source, commit, origin, file), or null to leave it out
     */
    public static String write(DiscoveryReport r, String root, Map<String, String> options,
                               Map<String, Object> catalog, Messages messages) {
        ReportTexts t = new ReportTexts(messages);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("schemaVersion", SCHEMA_VERSION);
        o.put("root", root);
        o.put("options", new LinkedHashMap<>(options));
        if (catalog != null) {
            o.put("catalog", new LinkedHashMap<>(catalog));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("filesSeen", r.seen());
        summary.put("filesRead", r.read());
        summary.put("references", r.references().size());
        Map<String, Object> byStatus = new LinkedHashMap<>();
        r.counts().forEach((s, n) -> byStatus.put(s.id(), n));
        summary.put("byStatus", byStatus);
        summary.put("filesToChange", r.changes().stream().map(FileReport::path).toList());
        o.put("summary", summary);
        List<Object> refs = new ArrayList<>();
        List<Object> findings = new ArrayList<>();
        List<Object> notices = new ArrayList<>();
        for (FileReport f : r.files()) {
            for (DiscoveredReference x : f.references()) {
                refs.add(reference(x, t));
            }
            for (Finding x : f.findings()) {
                findings.add(finding(f.path(), x, t));
            }
            for (Notice n : f.notices()) {
                notices.add(notice(n, t));
            }
        }
        for (Notice n : r.notices()) {
            notices.add(notice(n, t));
        }
        List<Object> answers = new ArrayList<>();
        for (InferredAnswer a : r.answers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("answer", a.answer().id());
            x.put("value", a.value());
            x.put("file", a.file());
            x.put("line", a.line());
            x.put("rule", a.rule());
            x.put("reason", t.answer(a));
            answers.add(x);
        }
        o.put("answers", answers);
        o.put("references", refs);
        o.put("findings", findings);
        o.put("notices", notices);
        return JsonText.write(o) + "\n";
    }

    private static Map<String, Object> reference(DiscoveredReference x, ReportTexts t) {
        FoundReference f = x.found();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", f.file());
        o.put("line", f.line());
        o.put("column", f.column());
        o.put("place", f.place().id());
        o.put("context", f.context());
        o.put("reference", f.reference());
        o.put("builtFrom", x.builtFrom());
        o.put("buildTarget", f.stage());
        o.put("use", f.build() ? "build" : "runtime");
        o.put("status", x.status().id());
        o.put("replacement", x.replacement());
        o.put("written", x.written());
        o.put("what", t.what(x));
        o.put("explain", explain(x));
        List<Object> fs = new ArrayList<>();
        for (Finding y : x.findings()) {
            fs.add(finding(f.file(), y, t));
        }
        o.put("findings", fs);
        return o;
    }

    /** {@code explain}'s facts: the DHI's for a DHI reference, the upstream image's otherwise. */
    private static Map<String, Object> explain(DiscoveredReference x) {
        TagFacts d = x.dhi();
        UpstreamFacts u = x.upstream();
        if (d != null && d.valid()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("dhi", true);
            o.put("repository", d.repository());
            o.put("tag", d.tag());
            o.put("version", d.version());
            o.put("distro", d.distro());
            o.put("distroVersion", d.distroVersion());
            o.put("libc", d.libc());
            o.put("variant", d.variant());
            o.put("fips", d.fips());
            o.put("known", d.known());
            o.put("eol", d.eol() == null ? null : d.eol().toString());
            return o;
        }
        if (u != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("dhi", false);
            o.put("image", u.image());
            o.put("registry", u.registry());
            o.put("tag", u.tag());
            o.put("digest", u.digest());
            o.put("dhiCounterpart", u.dhiCounterpart());
            o.put("source", u.source());
            return o;
        }
        return null;
    }

    private static Map<String, Object> finding(String file, Finding x, ReportTexts t) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", file);
        o.put("line", x.line());
        o.put("severity", x.severity().id());
        o.put("rule", x.rule());
        o.put("message", t.finding(x));
        o.put("source", x.source());
        return o;
    }

    private static Map<String, Object> notice(Notice n, ReportTexts t) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", n.file());
        o.put("line", n.line());
        o.put("column", n.column());
        o.put("severity", n.severity().id());
        o.put("rule", n.rule());
        o.put("message", t.notice(n));
        return o;
    }
}
