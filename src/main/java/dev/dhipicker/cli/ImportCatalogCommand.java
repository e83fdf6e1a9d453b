package dev.dhipicker.cli;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.CatalogImporter;
import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.catalog.CatalogJsonWriter;
import dev.dhipicker.catalog.CatalogLoader;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.ImportResult;
import dev.dhipicker.catalog.Variant;
import dev.dhipicker.export.OutputFileMessages;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.util.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code import-catalog}: turns an upstream catalog checkout into the bundled JSON format. */
@Command(name = "import-catalog", description = {"${bundle:cli.import.description}", "${bundle:cli.import.deterministic}"})
final class ImportCatalogCommand implements Callable<Integer> {

    static final String DEFAULT_SOURCE = "https://github.com/docker-hardened-images/catalog";
    /** A full git commit id: 40 lower-case hex digits. */
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern README_PROVENANCE = Pattern.compile("commit ([0-9a-f]{40}), dated (\\d{4}-\\d{2}-\\d{2})");

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "cli.import.dir")
    Path dir;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "cli.import.output")
    Path output;

    @Option(names = "--force", descriptionKey = "cli.option.force")
    boolean force;

    @Option(names = "--source", paramLabel = "URL", defaultValue = DEFAULT_SOURCE,
            descriptionKey = "cli.import.source")
    String source;

    @Option(names = "--upstream-commit", paramLabel = "SHA",
            descriptionKey = "cli.import.commit")
    String commit;

    @Option(names = "--snapshot-date", paramLabel = "YYYY-MM-DD",
            descriptionKey = "cli.import.date")
    String snapshotDate;

    @Option(names = "--quiet", descriptionKey = "cli.import.quiet")
    boolean quiet;

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        Messages m = root.messages();
        Cli.requireFileName(m, "--output", output);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            throw new UserException(m.get("cli.import.notFolder", dir.toString()));
        }
        CatalogInfo info = provenance(m);
        publish(m, null);
        int[] lastDecile = {-1};
        ImportResult result;
        try {
            result = new CatalogImporter().importFrom(dir, info, quiet ? null : (done, total) -> {
                int decile = total == 0 ? 10 : done * 10 / total;
                if (decile != lastDecile[0]) {
                    lastDecile[0] = decile;
                    err.println("import-catalog: " + m.get("cli.import.progress", String.valueOf(done), String.valueOf(total)));
                    err.flush();
                }
            });
        } catch (CatalogException e) {
            throw new UserException(e.getMessage());
        }
        byte[] bytes = new CatalogJsonWriter().write(result);
        try {
            // What is published must be a catalog the application accepts: load it with the real
            // loader first, so that a bad import never replaces a good file.
            new CatalogLoader().load(output.toString(), new java.io.ByteArrayInputStream(bytes));
        } catch (CatalogException e) {
            throw new UserException(m.get("cli.import.rejected", e.getMessage()));
        }
        publish(m, bytes);
        long runtime = result.definitions().stream().filter(d -> d.variant() == Variant.RUNTIME).count();
        long dev = result.definitions().stream().filter(d -> d.variant() == Variant.DEV).count();
        out.println(m.get("cli.import.read", String.valueOf(result.filesRead()), dir.toString()));
        out.println(m.get("cli.import.wrote", output.toString(), String.valueOf(bytes.length),
                String.valueOf(result.repositories().size()), String.valueOf(result.definitions().size()),
                String.valueOf(runtime), String.valueOf(dev), String.valueOf(result.charts().size())));
        out.println(m.get("cli.import.skipped", String.valueOf(result.skipped().size())));
        for (ImportResult.Skipped s : result.skipped()) {
            out.printf("  %s: %s%n", s.file(), s.reason());
        }
        if (!result.disagreements().isEmpty()) {
            out.println(m.get("cli.import.disagreements", String.valueOf(result.disagreements().size())));
            for (String d : result.disagreements()) {
                out.printf("  %s%n", d);
            }
        }
        out.flush();
        return 0;
    }

    /** Writes the catalog to --output, or with null bytes only checks that it could (before a long import). */
    private void publish(Messages m, byte[] bytes) {
        try {
            if (bytes == null) {
                AtomicFiles.checkTarget(output, force);
            } else {
                AtomicFiles.write(output, bytes, force);
            }
        } catch (AtomicFiles.NotRegularFileException e) {
            throw new UserException(OutputFileMessages.notRegular(m, output, e));
        } catch (FileAlreadyExistsException e) {
            throw new UserException(m.get("cli.import.exists", output.toString()));
        } catch (NoSuchFileException e) {
            throw new UserException(m.get("cli.import.noFolder", output.toString(), String.valueOf(e.getFile())));
        } catch (IOException e) {
            throw new UserException(m.get("cli.import.writeFailed", output.toString(), String.valueOf(e.getMessage())));
        }
    }

    private CatalogInfo provenance(Messages m) {
        String c = commit;
        String d = snapshotDate;
        Path readme = dir.resolve("README.md");
        if ((c == null || d == null) && Files.isRegularFile(readme)) {
            try {
                Matcher found = README_PROVENANCE.matcher(Files.readString(readme).replaceAll("\\s+", " "));
                if (found.find()) {
                    c = c == null ? found.group(1) : c;
                    d = d == null ? found.group(2) : d;
                }
            } catch (IOException e) {
                throw new UserException(m.get("cli.import.readmeFailed", readme.toString(), String.valueOf(e.getMessage())));
            }
        }
        if (c == null || d == null) {
            throw new UserException(m.get("cli.import.noProvenance"), Cli.USAGE);
        }
        if (!COMMIT.matcher(c).matches()) {
            throw new UserException(m.get("cli.import.badCommit", c), Cli.USAGE);
        }
        LocalDate date;
        if (!d.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new UserException(m.get("cli.import.badDate", d), Cli.USAGE);
        }
        try {
            date = LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new UserException(m.get("cli.import.badDate", d), Cli.USAGE);
        }
        return new CatalogInfo(source, c, date, CatalogImporter.GENERATOR);
    }
}
