package dev.dhipicker.cli;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.CatalogImporter;
import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.catalog.CatalogJsonWriter;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.ImportResult;
import dev.dhipicker.catalog.Variant;
import dev.dhipicker.util.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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
@Command(name = "import-catalog", mixinStandardHelpOptions = true,
        description = {"Read a checkout of the DHI catalog (upstream layout: image/<repo>/..., chart/<name>/helm/...)",
                "and write the compact catalog JSON that DHI Picker bundles. Same input, same bytes."})
final class ImportCatalogCommand implements Callable<Integer> {

    static final String DEFAULT_SOURCE = "https://github.com/docker-hardened-images/catalog";
    private static final Pattern README_PROVENANCE = Pattern.compile("commit ([0-9a-f]{40}), dated (\\d{4}-\\d{2}-\\d{2})");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The catalog checkout (the folder that holds image/).")
    Path dir;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the catalog JSON.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--source", paramLabel = "URL", defaultValue = DEFAULT_SOURCE,
            description = "Upstream repository URL to record (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--upstream-commit", paramLabel = "SHA",
            description = "Upstream commit of the checkout (default: read from DIR/README.md or DIR/.git).")
    String commit;

    @Option(names = "--snapshot-date", paramLabel = "YYYY-MM-DD",
            description = "Date of that commit (default: read from DIR/README.md).")
    String snapshotDate;

    @Option(names = "--quiet", description = "Do not show progress.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            throw new UserException("DIR '" + dir + "' is not a folder");
        }
        CatalogInfo info = provenance();
        int[] lastDecile = {-1};
        ImportResult result;
        try {
            result = new CatalogImporter().importFrom(dir, info, quiet ? null : (done, total) -> {
                int decile = total == 0 ? 10 : done * 10 / total;
                if (decile != lastDecile[0]) {
                    lastDecile[0] = decile;
                    err.printf("import-catalog: read %d of %d files%n", done, total);
                    err.flush();
                }
            });
        } catch (CatalogException e) {
            throw new UserException(e.getMessage());
        }
        byte[] bytes = new CatalogJsonWriter().write(result);
        try {
            AtomicFiles.write(output, bytes, force);
        } catch (FileAlreadyExistsException e) {
            throw new UserException("--output " + output + " exists; add --force to replace it");
        } catch (NoSuchFileException e) {
            throw new UserException("--output " + output + ": folder " + e.getFile() + " does not exist");
        } catch (IOException e) {
            throw new UserException("--output " + output + ": cannot write: " + e.getMessage());
        }
        long runtime = result.definitions().stream().filter(d -> d.variant() == Variant.RUNTIME).count();
        long dev = result.definitions().stream().filter(d -> d.variant() == Variant.DEV).count();
        out.printf("Read %d YAML files from %s%n", result.filesRead(), dir);
        out.printf("Wrote %s (%d bytes): %d repositories, %d image definitions (%d runtime, %d dev), %d Helm charts%n",
                output, bytes.length, result.repositories().size(), result.definitions().size(), runtime, dev,
                result.charts().size());
        out.printf("Skipped %d files:%n", result.skipped().size());
        for (ImportResult.Skipped s : result.skipped()) {
            out.printf("  %s: %s%n", s.file(), s.reason());
        }
        out.flush();
        return 0;
    }

    private CatalogInfo provenance() {
        String c = commit;
        String d = snapshotDate;
        Path readme = dir.resolve("README.md");
        if ((c == null || d == null) && Files.isRegularFile(readme)) {
            try {
                Matcher m = README_PROVENANCE.matcher(Files.readString(readme).replaceAll("\\s+", " "));
                if (m.find()) {
                    c = c == null ? m.group(1) : c;
                    d = d == null ? m.group(2) : d;
                }
            } catch (IOException e) {
                throw new UserException("cannot read " + readme + ": " + e.getMessage());
            }
        }
        if (c == null || d == null) {
            throw new UserException("the checkout's provenance is unknown: give --upstream-commit and --snapshot-date", Cli.USAGE);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new UserException("--snapshot-date '" + d + "' is not a date (YYYY-MM-DD)", Cli.USAGE);
        }
        return new CatalogInfo(source, c, date, CatalogImporter.GENERATOR);
    }
}
