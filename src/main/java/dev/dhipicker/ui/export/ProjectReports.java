package dev.dhipicker.ui.export;

import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.discover.DiscoveryReport;
import dev.dhipicker.discover.MarkdownReport;
import dev.dhipicker.discover.ProjectSheetBuilder;
import dev.dhipicker.export.OutputFileMessages;
import dev.dhipicker.export.Paper;
import dev.dhipicker.export.ProjectPdfWriter;
import dev.dhipicker.export.SheetExportException;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.Services;
import dev.dhipicker.util.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The project view's "Save Markdown report…" and "Save PDF report…": the same reports as
 * {@code discover --format markdown} and {@code discover --pdf}, through the save dialog (which
 * asks before replacing a file), written atomically. Success is a status line; a failure is one
 * error dialog.
 */
final class ProjectReports {
    static final String MARKDOWN_NAME = "dhi-discover.md";
    static final String PDF_NAME = "dhi-discover.pdf";

    /**
     * What the PDF report names besides the references.
     *
     * @param project the project's name (its folder's name)
     * @param catalog the catalog the answers come from
     * @param date    the date the report is made for (the engine's today)
     */
    record Context(String project, CatalogInfo catalog, LocalDate date) {
    }

    private final DiscoveryReport report;
    private final Context context;
    private final Messages messages;
    private final Services services;
    private final Consumer<String> status;

    ProjectReports(DiscoveryReport report, Context context, Messages messages, Services services,
                   Consumer<String> status) {
        this.report = report;
        this.context = context;
        this.messages = messages;
        this.services = services;
        this.status = status;
    }

    void saveMarkdown() {
        Optional<Path> chosen = services.files().chooseSaveTarget(messages.get("ui.project.saveTitle"), MARKDOWN_NAME);
        chosen.ifPresent(target -> write(target, MarkdownReport.write(report, messages).getBytes(StandardCharsets.UTF_8)));
    }

    void savePdf() {
        String title = messages.get("ui.project.savePdfTitle");
        Optional<Path> chosen = services.files().chooseSaveTarget(title, PDF_NAME);
        if (chosen.isEmpty()) {
            return;
        }
        byte[] pdf;
        try {
            pdf = new ProjectPdfWriter(messages).write(new ProjectSheetBuilder(messages).build(report, context.project(),
                    context.catalog(), context.date()), Paper.forLocale(Locale.getDefault())).bytes();
        } catch (SheetExportException e) {
            services.dialogs().error(messages.get("ui.project.error.title"),
                    messages.get("ui.dockerfile.error.header", chosen.get().toString()), e.getMessage());
            return;
        }
        write(chosen.get(), pdf);
    }

    private void write(Path target, byte[] bytes) {
        try {
            // the save dialog has already asked before replacing an existing file
            AtomicFiles.write(target, bytes, true);
            status.accept(messages.get("ui.dockerfile.saved", target.toString()));
        } catch (AtomicFiles.NotRegularFileException e) {
            String why = OutputFileMessages.notRegular(messages, target, e);
            services.dialogs().error(messages.get("ui.project.error.title"), why, why);
        } catch (IOException e) {
            services.dialogs().error(messages.get("ui.project.error.title"),
                    messages.get("ui.dockerfile.error.header", target.toString()), String.valueOf(e.getMessage()));
        }
    }
}
