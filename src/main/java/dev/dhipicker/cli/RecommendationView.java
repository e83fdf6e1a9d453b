package dev.dhipicker.cli;

import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.catalog.ChartImage;
import dev.dhipicker.catalog.TextCatalog;
import dev.dhipicker.export.ValueLabels;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Message;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommendation.ImageChoice;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a recommendation as the documented JSON object or as terminal text. */
final class RecommendationView {
    private final TextCatalog texts;
    private final Messages messages;
    private final CatalogInfo info;

    RecommendationView(TextCatalog texts, Messages messages, CatalogInfo info) {
        this.texts = texts;
        this.messages = messages;
        this.info = info;
    }

    String text(Message m) {
        return texts.render(m.key(), m.params());
    }

    Map<String, Object> json(Recommendation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> cat = new LinkedHashMap<>();
        cat.put("snapshotDate", info.snapshotDate().toString());
        cat.put("source", info.source());
        m.put("catalog", cat);
        Map<String, Object> ans = new LinkedHashMap<>();
        ans.put("workload", r.answers().workload());
        ans.put("version", r.answers().version());
        ans.put("libc", r.answers().libc().id());
        ans.put("size", r.answers().size().id());
        ans.put("compliance", r.answers().compliance().id());
        ans.put("helm", r.answers().helm().id());
        ans.put("org", r.answers().org());
        ans.put("flavor", r.answers().flavor());
        m.put("answers", ans);
        // the facts the engine decided once, as values (texts and templates only format them)
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", r.facts().kind().name().toLowerCase(java.util.Locale.ROOT));
        facts.put("flavor", r.facts().flavor());
        Recommendation.LineChoice line = r.facts().line();
        facts.put("line", line == null ? null : line.line());
        facts.put("lineRepository", line == null ? null : line.repository());
        facts.put("eol", line == null || line.eol() == null ? null : line.eol().toString());
        facts.put("eolStatus", line == null ? null : line.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        facts.put("cgo", r.facts().cgo());
        m.put("facts", facts);
        m.put("runtime", image(r.runtime()));
        m.put("build", image(r.build()));
        if (r.helmChart() == null) {
            m.put("helmChart", null);
        } else {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("reference", r.helmChart().reference());
            c.put("version", r.helmChart().version());
            List<Object> images = new ArrayList<>();
            for (ChartImage i : r.helmChart().images()) {
                Map<String, Object> im = new LinkedHashMap<>();
                im.put("name", i.name());
                im.put("reference", i.reference());
                images.add(im);
            }
            c.put("images", images);
            m.put("helmChart", c);
        }
        List<Object> unmet = new ArrayList<>();
        for (Recommendation.Unmet u : r.unmet()) {
            Map<String, Object> um = new LinkedHashMap<>();
            um.put("answer", u.answer());
            um.put("reason", text(u.message()));
            unmet.add(um);
        }
        m.put("unmet", unmet);
        List<Object> alts = new ArrayList<>();
        for (Recommendation.Alternative a : r.alternatives()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("reference", a.reference());
            am.put("whyNot", text(a.whyNot()));
            alts.add(am);
        }
        m.put("alternatives", alts);
        List<Object> ex = new ArrayList<>();
        for (Recommendation.ExplanationItem e : r.explanations()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("topic", e.topic());
            em.put("text", text(e.message()));
            em.put("source", texts.source(e.message().key()));
            ex.add(em);
        }
        m.put("explanations", ex);
        m.put("warnings", r.warnings().stream().map(this::text).toList());
        return m;
    }

    private static Map<String, Object> image(ImageChoice c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", c.reference());
        m.put("repository", c.repository());
        m.put("tag", c.tag());
        m.put("digest", c.digest());
        m.put("distro", c.distro().id());
        m.put("distroVersion", c.distroVersion());
        m.put("libc", c.libc().id());
        m.put("variant", c.variant().id());
        m.put("flavors", c.flavors());
        m.put("fips", c.fips());
        m.put("inferred", c.inferred());
        m.put("user", c.user());
        m.put("uid", c.uid());
        m.put("eol", c.eol() == null ? null : c.eol().toString());
        return m;
    }

    void printText(Recommendation r, PrintWriter out) {
        Messages m = messages;
        printImage(out, m.get("cli.recommend.runtime"), r.runtime());
        if (r.build() != null) {
            printImage(out, m.get("cli.recommend.build"), r.build());
        } else if (r.application() && r.runtime() != null) {
            out.println(Cli.pad(m.get("cli.label", m.get("cli.recommend.build")), 10) + m.get("cli.recommend.noBuild"));
        }
        if (r.helmChart() != null) {
            out.println(Cli.pad(m.get("cli.label", m.get("cli.recommend.chart")), 10) + r.helmChart().reference() + " "
                    + r.helmChart().version());
        }
        section(out, m.get("cli.recommend.unmet"), r.unmet().stream()
                .map(u -> m.get("sheet.unmet.item", m.get(Messages.answerKey(u.answer())), text(u.message()))).toList());
        section(out, m.get("cli.recommend.why"), r.explanations().stream().map(e -> text(e.message())).toList());
        section(out, m.get("cli.recommend.warnings"), r.warnings().stream().map(this::text).toList());
        section(out, m.get("cli.recommend.alternatives"), r.alternatives().stream()
                .map(a -> a.reference() + "\n      " + text(a.whyNot())).toList());
        out.println();
        out.println(m.get("cli.recommend.snapshot", info.snapshotDate().toString(), info.source()));
    }


    private void printImage(PrintWriter out, String label, ImageChoice c) {
        Messages m = messages;
        if (c == null) {
            out.println(Cli.pad(m.get("cli.label", label), 10) + m.get("cli.recommend.none"));
            return;
        }
        String facts = new dev.dhipicker.export.ImageFacts(m).line(c);
        if (c.inferred()) {
            facts += m.get("cli.recommend.inferred");
        }
        out.println(Cli.pad(m.get("cli.label", label), 10) + c.reference());
        out.println("          " + TerminalText.printable(facts));
    }

    private void section(PrintWriter out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(messages.get("cli.label", title));
        for (String l : lines) {
            // a line may continue on the next one (an alternative and its reason); each part is escaped
            String[] parts = l.split("\n", -1);
            StringBuilder b = new StringBuilder("  - ").append(TerminalText.printable(parts[0]));
            for (int i = 1; i < parts.length; i++) {
                b.append('\n').append(TerminalText.printable(parts[i]));
            }
            out.println(b);
        }
    }
}
