package dev.dhipicker.ui.print;

import dev.dhipicker.export.SheetLayout;
import dev.dhipicker.export.SheetPage;
import dev.dhipicker.export.TextMeasure;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Window;

import java.util.Locale;
import java.util.Optional;

/**
 * Print jobs through JavaFX's {@link PrinterJob} on the default printer. On Linux JavaFX hands
 * the job to CUPS (through {@code lpr}), so any CUPS queue works, including a PDF queue.
 */
public final class FxPrintBackend implements PrintBackend {
    private final Locale locale;

    /** Jobs whose fonts cover the default locale's script. */
    public FxPrintBackend() {
        this(Locale.getDefault());
    }

    /** @param locale interface language: picks the fonts (Latin or CJK) */
    public FxPrintBackend(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Optional<PrintSession> open(Window owner) {
        Printer printer = Printer.getDefaultPrinter();
        if (printer == null) {
            return Optional.empty();
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            return Optional.empty();
        }
        PageLayout start = job.getJobSettings().getPageLayout();
        job.getJobSettings().setPageLayout(sheetLayout(printer, start.getPaper(), PageOrientation.PORTRAIT));
        return Optional.of(new Session(job, owner, new FxFonts(locale)));
    }

    /**
     * The page layout the sheet prints with: the paper and orientation chosen, and margins of half
     * the sheet's own margin, raised to the printer's hardware minimum where that is larger. (The
     * hardware-minimum layout of a PDF queue has zero or negative-zero margins, which the system
     * page setup then shows as "-0.0".)
     */
    static PageLayout sheetLayout(Printer printer, javafx.print.Paper paper, PageOrientation orientation) {
        double m = SheetLayout.MARGIN / 2;
        return printer.createPageLayout(paper, orientation, m, m, m, m);
    }

    /** One JavaFX printer job. */
    private static final class Session implements PrintSession {
        private final PrinterJob job;
        private final Window owner;
        private final FxFonts fonts;

        Session(PrinterJob job, Window owner, FxFonts fonts) {
            this.job = job;
            this.owner = owner;
            this.fonts = fonts;
        }

        private PageLayout layout() {
            return job.getJobSettings().getPageLayout();
        }

        private boolean landscape() {
            PageOrientation o = layout().getPageOrientation();
            return o == PageOrientation.LANDSCAPE || o == PageOrientation.REVERSE_LANDSCAPE;
        }

        @Override
        public String printerName() {
            return job.getPrinter().getName();
        }

        /** One dialog: the system print dialog (its paper and orientation are kept, the margins are ours). */
        @Override
        public boolean showDialogs() {
            if (!job.showPrintDialog(owner)) {
                return false;
            }
            PageLayout chosen = layout();
            job.getJobSettings().setPageLayout(sheetLayout(job.getPrinter(), chosen.getPaper(), chosen.getPageOrientation()));
            return true;
        }

        @Override
        public double paperWidth() {
            return landscape() ? layout().getPaper().getHeight() : layout().getPaper().getWidth();
        }

        @Override
        public double paperHeight() {
            return landscape() ? layout().getPaper().getWidth() : layout().getPaper().getHeight();
        }

        @Override
        public TextMeasure measure() {
            return fonts;
        }

        /**
         * JavaFX places the node at the printable area's corner: shift the page back by the
         * hardware margins, or shrink it to fit when the printer's margins exceed the sheet's.
         */
        @Override
        public boolean printPage(SheetPage page) {
            Pane node = SheetPageNodes.page(page, fonts);
            PageLayout pl = layout();
            double m = SheetLayout.MARGIN;
            boolean fits = pl.getLeftMargin() <= m && pl.getRightMargin() <= m
                    && pl.getTopMargin() <= m && pl.getBottomMargin() <= m / 2;
            if (fits) {
                node.getTransforms().add(new Translate(-pl.getLeftMargin(), -pl.getTopMargin()));
            } else {
                double s = Math.min(pl.getPrintableWidth() / page.width(), pl.getPrintableHeight() / page.height());
                node.getTransforms().add(new Scale(s, s));
            }
            return job.printPage(pl, node);
        }

        @Override
        public boolean end() {
            return job.endJob();
        }

        @Override
        public void cancel() {
            job.cancelJob();
        }

        @Override
        public String status() {
            return job.getJobStatus().name();
        }
    }
}
