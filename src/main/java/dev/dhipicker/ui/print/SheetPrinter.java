package dev.dhipicker.ui.print;

import dev.dhipicker.export.ComparisonSheet;
import dev.dhipicker.export.SheetLayout;
import dev.dhipicker.export.SheetPage;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.export.Paper;
import javafx.scene.Node;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * Prints a {@link ComparisonSheet} through the system print queue: the same pages as the PDF
 * (one {@link SheetLayout}), measured and drawn with JavaFX for the paper the user picked.
 *
 * <p>Call {@link #print} on the JavaFX application thread (the print dialogs need it). The
 * outcome is returned as a value: printed, cancelled, no printer (the GUI then offers "Save as
 * PDF…") or failed with the reason; a failure is never swallowed.
 */
public final class SheetPrinter {
    private final Messages messages;
    private final PrintBackend backend;

    /** A printer for the system's print queues (JavaFX {@code PrinterJob}). */
    public SheetPrinter(Messages messages) {
        this(messages, new FxPrintBackend(messages.locale()));
    }

    /**
     * @param messages interface strings (page numbers, outcome messages)
     * @param backend  where jobs go
     */
    public SheetPrinter(Messages messages, PrintBackend backend) {
        this.messages = messages;
        this.backend = backend;
    }

    /**
     * Prints the sheet on the default printer.
     *
     * @param sheet       the sheet
     * @param owner       window for the dialogs, or null
     * @param showDialogs true to show the print dialog and page setup first (GUI); false prints
     *                    straight away with the printer's defaults
     */
    public PrintOutcome print(ComparisonSheet sheet, Window owner, boolean showDialogs) {
        Optional<PrintSession> opened;
        try {
            opened = backend.open(owner);
        } catch (RuntimeException e) {
            return failed(e);
        }
        if (opened.isEmpty()) {
            return new PrintOutcome.NoPrinter(messages.get("print.noPrinter"), messages.get("print.noPrinter.save"));
        }
        PrintSession job = opened.get();
        try {
            if (showDialogs && !job.showDialogs()) {
                job.cancel();
                return new PrintOutcome.Cancelled(messages.get("print.cancelled"));
            }
            List<SheetPage> pages = new SheetLayout(job.measure(), messages)
                    .layout(sheet, (float) job.paperWidth(), (float) job.paperHeight());
            for (SheetPage page : pages) {
                if (!job.printPage(page)) {
                    String status = job.status();
                    job.cancel();
                    return new PrintOutcome.Failed(messages.get("print.failed",
                            messages.get("print.failed.page", page.number()) + " (" + status + ")"));
                }
            }
            if (!job.end()) {
                return new PrintOutcome.Failed(messages.get("print.failed",
                        messages.get("print.failed.job", job.status())));
            }
            return new PrintOutcome.Printed(job.printerName(), pages.size(),
                    messages.get("print.printed", pages.size(), job.printerName()));
        } catch (RuntimeException e) {
            job.cancel();
            return failed(e);
        }
    }

    /**
     * The sheet's pages as JavaFX nodes, one page-sized pane each (1 unit = 1 point), for a print
     * preview; the same layout as the printout. Call on the JavaFX application thread.
     */
    public List<Node> preview(ComparisonSheet sheet, Paper paper) {
        FxFonts fonts = new FxFonts(messages.locale());
        return new SheetLayout(fonts, messages).layout(sheet, paper.width(), paper.height()).stream()
                .map(p -> (Node) SheetPageNodes.page(p, fonts)).toList();
    }

    private PrintOutcome failed(RuntimeException e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank()
                ? messages.get("print.failed.unknown") : e.getMessage();
        return new PrintOutcome.Failed(messages.get("print.failed", reason));
    }
}
