package dev.dhipicker.cli;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.JsonText;
import dev.dhipicker.catalog.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code catalog}: lists repositories with their distros and variants. */
@Command(name = "catalog", description = "${bundle:cli.catalog.description}")
final class CatalogCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "cli.catalog.search")
    String search;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            descriptionKey = "cli.option.format")
    OutputFormat format;

    @Override
    public Integer call() {
        Catalog catalog = root.catalog();
        List<Repository> repos = new ArrayList<>();
        for (Repository r : catalog.repositories()) {
            if (matches(r)) {
                repos.add(r);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            List<Object> arr = new ArrayList<>();
            for (Repository r : repos) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", r.name());
                m.put("displayName", r.displayName());
                m.put("description", r.description());
                m.put("categories", r.categories());
                m.put("distros", distros(catalog, r));
                m.put("variants", variants(catalog, r));
                m.put("flavors", flavors(catalog, r));
                m.put("definitions", catalog.definitions(r.name()).size());
                m.put("fipsDocumented", catalog.compliance().fipsDocumented(r.name()));
                m.put("helmCharts", catalog.chartsPinning(r.name()).stream().map(c -> c.ociReference()).toList());
                arr.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("catalog", root.catalogJson());
            doc.put("repositories", arr);
            out.println(JsonText.write(doc));
        } else {
            int width = 4;
            for (Repository r : repos) {
                width = Math.max(width, r.name().length());
            }
            for (Repository r : repos) {
                out.printf("%-" + width + "s  %-28s  %-40s  %s%n", r.name(), clip(TerminalText.printable(r.displayName()), 28),
                        String.join(",", distros(catalog, r)), String.join(",", variants(catalog, r)));
            }
            out.println(root.messages().get("cli.catalog.summary", String.valueOf(repos.size()),
                    String.valueOf(catalog.repositories().size()), catalog.info().snapshotDate().toString(),
                    catalog.info().source()));
        }
        out.flush();
        return 0;
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private boolean matches(Repository r) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String q = search.toLowerCase(Locale.ROOT);
        if (r.name().toLowerCase(Locale.ROOT).contains(q) || r.displayName().toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        if (r.description() != null && r.description().toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        return r.categories().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(q));
    }

    static List<String> distros(Catalog catalog, Repository r) {
        TreeSet<String> s = new TreeSet<>();
        for (ImageDefinition d : catalog.definitions(r.name())) {
            s.add(d.distro().id() + d.distroVersion());
        }
        return List.copyOf(s);
    }

    static List<String> variants(Catalog catalog, Repository r) {
        TreeSet<String> s = new TreeSet<>();
        for (ImageDefinition d : catalog.definitions(r.name())) {
            s.add(d.variant().id());
        }
        return List.copyOf(s);
    }

    static List<String> flavors(Catalog catalog, Repository r) {
        TreeSet<String> s = new TreeSet<>();
        for (ImageDefinition d : catalog.definitions(r.name())) {
            s.addAll(d.flavors());
        }
        return List.copyOf(s);
    }
}
