package dev.dhipicker.cli;

import dev.dhipicker.export.ComparisonSheet;
import dev.dhipicker.export.Paper;
import dev.dhipicker.export.SheetBuilder;
import dev.dhipicker.export.SheetExportException;
import dev.dhipicker.export.SheetPdfWriter;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code sheet}: the comparison sheet of a recommendation as a PDF. A recommendation without a
 * runtime still gives a sheet (exit 0): it compares the nearest options and lists the unmet
 * answer, which is what a review needs to see.
 */
@Command(name = "sheet",
        description = {"${bundle:sheet.cli.description}", "${bundle:sheet.cli.exit}"})
final class SheetCommand extends AnswersCommand {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "sheet.cli.output")
    Path output;

    @Option(names = "--force", descriptionKey = "cli.option.force")
    boolean force;

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "a4", descriptionKey = "sheet.cli.paper")
    String paperName;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        Cli.requireFileName(messages, "--output", output);
        Recommendation r = root.recommend(options);
        Paper paper = Paper.fromId(paperName);
        if (paper == null) {
            throw new UserException(messages.get("cli.error.value", "--paper", "a4, letter", paperName), Cli.USAGE);
        }
        publish(messages, null);
        LocalDate day = options.today(messages);
        LocalDate date = day == null ? LocalDate.now() : day;
        ComparisonSheet sheet = new SheetBuilder(root.catalog(), root.texts(), messages).build(r, date);
        SheetPdfWriter.Pdf pdf;
        try {
            pdf = new SheetPdfWriter(messages).write(sheet, paper);
        } catch (SheetExportException e) {
            throw new UserException(e.getMessage());
        }
        publish(messages, pdf.bytes());
        spec.commandLine().getOut().println(messages.get("sheet.cli.written", output, pdf.pages(), paper.id()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Writes the PDF to --output, or with null bytes only checks that it could (before rendering). */
    private void publish(Messages messages, byte[] bytes) {
        PdfOutput.publish(messages, output, force, bytes);
    }
}
