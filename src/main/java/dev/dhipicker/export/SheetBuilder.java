package dev.dhipicker.export;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.catalog.TextCatalog;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.Message;
import dev.dhipicker.recommend.Recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link ComparisonSheet} of a recommendation: the runtime image, the build image and
 * the closest alternatives (at most six columns), with the catalog's facts for each.
 *
 * <p>A recommendation without a runtime (a hard requirement such as FIPS cannot be met) still
 * gives a sheet: a note says so, the unmet reason is listed under the table, and the nearest
 * alternatives fill the columns. That is what a review board needs to see.
 */
public final class SheetBuilder {
    /** Message keys of the row headers, in print order. */
    public static final List<String> ROWS = List.of("sheet.row.reference", "sheet.row.distro", "sheet.row.variant",
            "sheet.row.shell", "sheet.row.packageManager", "sheet.row.user", "sheet.row.fips", "sheet.row.stig",
            "sheet.row.compat", "sheet.row.platforms", "sheet.row.eol", "sheet.row.why");

    private static final Set<String> RUNTIME_TOPICS = Set.of("runtime", "helm");
    private static final Set<String> BUILD_TOPICS = Set.of("build", "multistage");

    private final Catalog catalog;
    private final TextCatalog texts;
    private final Messages messages;

    /**
     * @param catalog  the catalog the recommendation was made from (facts of the alternatives)
     * @param texts    explanation texts in the interface language
     * @param messages interface strings
     */
    public SheetBuilder(Catalog catalog, TextCatalog texts, Messages messages) {
        this.catalog = catalog;
        this.texts = texts;
        this.messages = messages;
    }

    /** The sheet for a recommendation, dated {@code date}. */
    public ComparisonSheet build(Recommendation r, LocalDate date) {
        CatalogInfo info = catalog.info();
        List<String> header = new ArrayList<>();
        header.add(messages.get("sheet.date", date.toString()));
        header.add(messages.get("sheet.catalog", String.valueOf(info.snapshotDate()), info.source(),
                shortCommit(info.upstreamCommit())));
        if (r.helmChart() != null) {
            header.add(messages.get("sheet.chart", r.helmChart().reference(), r.helmChart().version()));
        }
        if (r.runtime() == null) {
            header.add(messages.get("sheet.noRuntime"));
        }
        ImageColumns images = new ImageColumns(catalog, messages, r.answers());
        List<ComparisonSheet.Column> columns = new ArrayList<>();
        if (r.runtime() != null) {
            columns.add(images.chosen(messages.get("sheet.column.runtime"), r.runtime(), why(r, RUNTIME_TOPICS)));
        }
        if (r.build() != null) {
            columns.add(images.chosen(messages.get("sheet.column.build"), r.build(), why(r, BUILD_TOPICS)));
        }
        int n = 1;
        for (Recommendation.Alternative a : r.alternatives()) {
            if (columns.size() == ComparisonSheet.MAX_COLUMNS) {
                break;
            }
            columns.add(images.alternative(messages.get("sheet.column.alternative", n++), a.reference(),
                    text(a.whyNot())));
        }
        List<ComparisonSheet.Section> sections = new ArrayList<>();
        sections.add(new ComparisonSheet.Section(messages.get("sheet.unmet"), r.unmet().stream()
                .map(u -> messages.get("sheet.unmet.item", messages.get(Messages.answerKey(u.answer())), text(u.message())))
                .toList()));
        sections.add(new ComparisonSheet.Section(messages.get("sheet.warnings"),
                r.warnings().stream().map(this::text).toList()));
        List<String> rowHeaders = ROWS.stream().map(messages::get).toList();
        return new ComparisonSheet(messages.get("sheet.title"), date, header, answers(r.answers()), rowHeaders,
                columns, sections);
    }

    private List<ComparisonSheet.Field> answers(Answers a) {
        List<ComparisonSheet.Field> f = new ArrayList<>();
        f.add(field("sheet.answer.workload", a.workload()));
        f.add(field("sheet.answer.version", a.version() == null ? messages.get("sheet.answer.version.newest") : a.version()));
        ValueLabels labels = new ValueLabels(messages);
        f.add(field("sheet.answer.libc", labels.libcNeed(a.libc())));
        f.add(field("sheet.answer.size", labels.size(a.size())));
        f.add(field("sheet.answer.compliance", labels.compliance(a.compliance())));
        f.add(field("sheet.answer.helm", labels.helm(a.helm())));
        if (a.compliance().mirrored()) {
            f.add(field("sheet.answer.org", a.org() == null ? messages.get("sheet.answer.org.placeholder") : a.org()));
        }
        return f;
    }

    /** An answer's label without its mnemonic marker ({@code Not _sure}, {@code 不确定(_S)}). */
    private String label(String key) {
        return messages.get(key).replaceAll("\\(_\\p{Alnum}\\)", "").replace("_", "").strip();
    }

    private ComparisonSheet.Field field(String key, String value) {
        return new ComparisonSheet.Field(messages.get(key), value);
    }

    private String why(Recommendation r, Set<String> topics) {
        List<String> lines = r.explanations().stream().filter(e -> topics.contains(e.topic()))
                .map(e -> text(e.message())).toList();
        return lines.isEmpty() ? messages.get("sheet.value.none") : String.join("\n", lines);
    }

    private String text(Message m) {
        return texts.render(m.key(), m.params());
    }

    private static String shortCommit(String commit) {
        return commit == null ? "-" : commit.substring(0, Math.min(12, commit.length()));
    }
}
