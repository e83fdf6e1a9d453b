package dev.dhipicker.cli;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.CatalogLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dhi-picker}: the top-level command; its subcommands do the work. */
@Command(name = "dhi-picker", mixinStandardHelpOptions = true, version = "dhi-picker 0.1.0",
        description = "Choose a Docker Hardened Image: browse the bundled catalog, explain tags.",
        subcommands = {CatalogCommand.class, ExplainCommand.class, ImportCatalogCommand.class},
        footer = {"", "Run 'java -jar dhi-picker.jar' without a command to open the desktop wizard (when available)."})
public final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Load this catalog file instead of the bundled one.")
    Path catalogFile;

    private Catalog catalog;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The catalog chosen by {@code --catalog}, or the bundled one; loaded once. */
    Catalog catalog() {
        if (catalog == null) {
            try {
                CatalogLoader loader = new CatalogLoader();
                catalog = catalogFile == null ? loader.loadBundled() : loader.load(catalogFile);
            } catch (CatalogException e) {
                throw new UserException("catalog rejected: " + e.getMessage());
            }
        }
        return catalog;
    }
}
