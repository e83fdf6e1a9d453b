package dev.dhipicker.ui;

import dev.dhipicker.export.ComparisonSheet;
import dev.dhipicker.export.Paper;
import dev.dhipicker.export.SheetBuilder;
import dev.dhipicker.export.SheetExportException;
import dev.dhipicker.export.SheetPdfWriter;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.ui.model.Engine;
import dev.dhipicker.ui.model.WizardModel;
import dev.dhipicker.ui.print.PrintBackend;
import dev.dhipicker.ui.print.PrintOutcome;
import dev.dhipicker.ui.print.PrintPreview;
import dev.dhipicker.ui.print.SheetPrinter;
import dev.dhipicker.util.AtomicFiles;
import dev.dhipicker.export.OutputFileMessages;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Print comparison sheet…" (preview, then the system print dialog) and "Save sheet as PDF…"
 * (the save dialog asks before replacing a file). Every outcome is shown to the user.
 */
final class SheetActions {
    static final String DEFAULT_NAME = "dhi-comparison-sheet.pdf";

    private final Window owner;
    private final WizardModel model;
    private final Services services;
    private final Supplier<Messages> messages;
    private final PrintBackend backend;

    SheetActions(Window owner, WizardModel model, Services services, Supplier<Messages> messages, PrintBackend backend) {
        this.owner = owner;
        this.model = model;
        this.services = services;
        this.messages = messages;
        this.backend = backend;
    }

    /** A4 everywhere but where Letter is the usual paper. */
    static Paper paperFor(Locale locale) {
        return Paper.forLocale(locale);
    }

    private Optional<ComparisonSheet> sheet() {
        Recommendation r = model.recommendationProperty().get();
        if (r == null) {
            return Optional.empty();
        }
        Engine e = model.engineProperty().get();
        return Optional.of(new SheetBuilder(e.catalog(), e.texts(), messages.get()).build(r, e.recommender().today()));
    }

    void print() {
        Optional<ComparisonSheet> sheet = sheet();
        if (sheet.isEmpty()) {
            return;
        }
        Messages m = messages.get();
        SheetPrinter printer = new SheetPrinter(m, backend);
        new PrintPreview(owner, sheet.get(), paperFor(Locale.getDefault()), printer, m,
                () -> report(printer.print(sheet.get(), owner, true))).show();
    }

    private void report(PrintOutcome outcome) {
        Messages m = messages.get();
        String title = m.get("print.action");
        if (outcome instanceof PrintOutcome.Printed p) {
            services.dialogs().info(title, p.message());
        } else if (outcome instanceof PrintOutcome.NoPrinter n) {
            if (services.dialogs().confirm(title, n.message())) {
                savePdf();
            }
        } else if (outcome instanceof PrintOutcome.Failed f) {
            services.dialogs().error(title, f.message(), f.message());
        }
        // Cancelled: the user chose so; nothing to report.
    }

    void savePdf() {
        Optional<ComparisonSheet> sheet = sheet();
        if (sheet.isEmpty()) {
            return;
        }
        Messages m = messages.get();
        String title = m.get("sheet.gui.saveTitle");
        Optional<Path> target = services.files().chooseSaveTarget(title, DEFAULT_NAME);
        if (target.isEmpty()) {
            return;
        }
        byte[] pdf;
        try {
            pdf = new SheetPdfWriter(m).write(sheet.get(), paperFor(Locale.getDefault())).bytes();
        } catch (SheetExportException e) {
            services.dialogs().error(title, m.get("sheet.pdf.failed", e.getMessage()), e.getMessage());
            return;
        }
        Path file = target.get();
        try {
            // the save dialog has already asked before replacing an existing file: ask once
            AtomicFiles.write(file, pdf, true);
        } catch (AtomicFiles.NotRegularFileException e) {
            String why = OutputFileMessages.notRegular(m, file, e);
            services.dialogs().error(title, why, why);
            return;
        } catch (IOException e) {
            services.dialogs().error(title, m.get("sheet.cli.writeFailed", file.toString(), String.valueOf(e.getMessage())),
                    String.valueOf(e.getMessage()));
            return;
        }
        services.dialogs().info(title, m.get("sheet.gui.saved", file.toString()));
    }
}
