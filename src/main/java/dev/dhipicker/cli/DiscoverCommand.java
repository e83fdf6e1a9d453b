package dev.dhipicker.cli;

import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.discover.CsvReport;
import dev.dhipicker.discover.Discovery;
import dev.dhipicker.discover.DiscoveryReport;
import dev.dhipicker.discover.JsonReport;
import dev.dhipicker.discover.MarkdownReport;
import dev.dhipicker.discover.SarifReport;
import dev.dhipicker.discover.TextReport;
import dev.dhipicker.discover.WalkLimits;
import dev.dhipicker.export.Paper;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code discover}: every image reference of a project, what replaces it, and in place with {@code --write}. */
@Command(name = "discover", description = {"${bundle:cli.discover.description}", "${bundle:cli.discover.exit}"})
final class DiscoverCommand implements Callable<Integer> {
    /** Exit code when a finding reaches the {@code --fail-on} severity. */
    static final int FINDINGS = 3;
    private static final List<String> FORMATS = List.of("text", "json", "markdown", "sarif", "csv");

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "cli.discover.input")
    Path dir;

    @Mixin
    MigrationAnswers answers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "cli.discover.format")
    String format;

    @Option(names = "--write", descriptionKey = "cli.discover.write")
    boolean write;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "never", descriptionKey = "cli.discover.failOn")
    String failOn;

    @Option(names = "--pdf", paramLabel = "FILE", descriptionKey = "cli.discover.pdf")
    Path pdf;

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "a4", descriptionKey = "cli.discover.paper")
    String paperName;

    @Option(names = "--force", descriptionKey = "cli.option.force")
    boolean force;

    @Override
    public Integer call() {
        Messages m = root.messages();
        check("--format", FORMATS, format, m);
        MigrationAnswers.checkFailOn(failOn, m);
        MigrateOptions options = answers.options(m);
        Cli.requireFileName(m, "--pdf", pdf);
        Paper paper = Paper.fromId(paperName);
        if (paper == null) {
            throw new UserException(m.get("cli.error.value", "--paper", "a4, letter", paperName), Cli.USAGE);
        }
        if (!Files.isDirectory(dir)) {
            throw new UserException(m.get("discover.cli.notFolder", dir.toString()));
        }
        ProjectPdf project = pdf == null ? null : new ProjectPdf(pdf, force, m);
        if (project != null) {
            project.check(); // before any work: an existing file without --force stops here
        }
        ImageMap map = MigrationAnswers.imageMap(root, m);
        Migrator migrator = answers.migrator(root, map, options, m);
        Discovery discovery = new Discovery(migrator, root.catalog(), map, m::get, WalkLimits.standard());
        DiscoveryReport report;
        try {
            report = discovery.discover(dir, options);
        } catch (IOException e) {
            throw new UserException(m.get("discover.cli.readFailed", dir.toString(), Cli.oneLine(e.getMessage())));
        }
        byte[] bytes = project == null ? null
                : project.render(report, name(dir), root.catalog().info(), answers.day(), paper);
        PrintWriter out = spec.commandLine().getOut();
        if (write) {
            new ProjectWriter(dir, m, out, spec.commandLine().getErr()).write(report);
        } else {
            out.print(render(report, m));
        }
        out.flush();
        if (project != null) {
            project.write(bytes);
            PrintWriter err = spec.commandLine().getErr();
            err.println(m.get("discover.cli.pdfWritten", pdf, project.pages(), paper.id()));
            err.flush();
        }
        return MigrationAnswers.reached(failOn, report.worst()) ? FINDINGS : 0;
    }

    private String render(DiscoveryReport r, Messages m) {
        return switch (format) {
            case "json" -> JsonReport.write(r, dir.toString(), answers.asGiven(), root.catalogJson(), m);
            case "markdown" -> MarkdownReport.write(r, m);
            case "sarif" -> SarifReport.write(r, "0.1.0", m);
            case "csv" -> CsvReport.write(r);
            default -> TextReport.write(r, m);
        };
    }

    /** The project's name: its folder's name (of the absolute path, so that "." has one). */
    static String name(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
    }

    private static void check(String option, List<String> allowed, String value, Messages m) {
        if (!allowed.contains(value)) {
            throw new UserException(m.get("cli.error.value", option, String.join(", ", allowed), value), Cli.USAGE);
        }
    }

}
