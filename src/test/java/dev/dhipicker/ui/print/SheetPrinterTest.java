package dev.dhipicker.ui.print;

import dev.dhipicker.export.ComparisonSheet;
import dev.dhipicker.export.SheetFixture;
import dev.dhipicker.export.SheetPage;
import dev.dhipicker.export.TextMeasure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The decisions of SheetPrinter, with a fake print system: no toolkit, no printer. */
class SheetPrinterTest {

    static final class FakeJob implements PrintSession {
        boolean dialogsOk = true;
        int refusePage = -1;
        boolean endOk = true;
        RuntimeException explode;
        boolean cancelled;
        boolean ended;
        final List<SheetPage> printed = new ArrayList<>();

        @Override
        public String printerName() {
            return "Office";
        }

        @Override
        public boolean showDialogs() {
            return dialogsOk;
        }

        @Override
        public double paperWidth() {
            return 612;
        }

        @Override
        public double paperHeight() {
            return 792;
        }

        @Override
        public TextMeasure measure() {
            return SheetFixture.monospace();
        }

        @Override
        public boolean printPage(SheetPage page) {
            if (explode != null) {
                throw explode;
            }
            printed.add(page);
            return page.number() != refusePage;
        }

        @Override
        public boolean end() {
            ended = true;
            return endOk;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public String status() {
            return "ERROR";
        }
    }

    final ComparisonSheet sheet = SheetFixture.sixColumns();
    final FakeJob job = new FakeJob();
    final SheetPrinter printer = new SheetPrinter(SheetFixture.MESSAGES, owner -> Optional.of(job));

    @Test
    void printsEveryPageOnThePaperOfTheJobAndSaysWhere() {
        PrintOutcome o = printer.print(sheet, null, true);
        assertThat(o).isInstanceOf(PrintOutcome.Printed.class);
        assertThat(job.printed).hasSizeGreaterThanOrEqualTo(2).allMatch(p -> p.width() == 612 && p.height() == 792);
        assertThat(((PrintOutcome.Printed) o).pages()).isEqualTo(job.printed.size());
        assertThat(o.message()).isEqualTo("Sent " + job.printed.size() + " page(s) to Office.");
        assertThat(job.ended).isTrue();
    }

    @Test
    void withoutAPrinterItOffersToSaveAsPdf() {
        PrintOutcome o = new SheetPrinter(SheetFixture.MESSAGES, owner -> Optional.empty()).print(sheet, null, true);
        assertThat(o).isInstanceOf(PrintOutcome.NoPrinter.class);
        assertThat(o.message()).startsWith("No printer is installed");
        assertThat(((PrintOutcome.NoPrinter) o).saveAction()).isEqualTo("Save as PDF\u2026");
    }

    @Test
    void aCancelledDialogPrintsNothing() {
        job.dialogsOk = false;
        PrintOutcome o = printer.print(sheet, null, true);
        assertThat(o).isInstanceOf(PrintOutcome.Cancelled.class);
        assertThat(job.printed).isEmpty();
        assertThat(job.cancelled).isTrue();
    }

    @Test
    void aRefusedPageIsReportedWithItsNumberAndTheJobIsCancelled() {
        job.refusePage = 2;
        PrintOutcome o = printer.print(sheet, null, false);
        assertThat(o).isInstanceOf(PrintOutcome.Failed.class);
        assertThat(o.message()).isEqualTo("Printing failed: page 2 could not be printed (ERROR)");
        assertThat(job.cancelled).isTrue();
        assertThat(job.ended).isFalse();
    }

    @Test
    void aJobThatDoesNotEndIsReportedNotDropped() {
        job.endOk = false;
        PrintOutcome o = printer.print(sheet, null, false);
        assertThat(o).isInstanceOf(PrintOutcome.Failed.class);
        assertThat(o.message()).contains("status ERROR");
    }

    @Test
    void anExceptionFromThePrintSystemBecomesAFailureWithItsReason() {
        job.explode = new IllegalStateException("printer on fire");
        assertThat(printer.print(sheet, null, false).message()).isEqualTo("Printing failed: printer on fire");
        PrintOutcome noReason = new SheetPrinter(SheetFixture.MESSAGES, owner -> {
            throw new IllegalStateException();
        }).print(sheet, null, false);
        assertThat(noReason.message()).isEqualTo("Printing failed: no reason was given");
    }
}
