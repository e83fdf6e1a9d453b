package dev.dhipicker.cli;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.catalog.JsonText;
import dev.dhipicker.catalog.TagExplainer;
import dev.dhipicker.catalog.TagFacts;
import dev.dhipicker.export.ValueLabels;
import dev.dhipicker.catalog.UpstreamFacts;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.migrate.ReferenceUse;
import dev.dhipicker.recommend.Recommender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code explain}: what a tag, reference or FROM line means. */
@Command(name = "explain", description = {"${bundle:cli.explain.description}", "${bundle:cli.explain.exit}"})
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Parameters(arity = "1..*", paramLabel = "INPUT", descriptionKey = "cli.explain.input")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            descriptionKey = "cli.option.format")
    OutputFormat format;

    @Override
    public Integer call() {
        ImageMap map = imageMap();
        TagExplainer explainer = new TagExplainer(root.catalog(), map);
        Migrator migrator = new Migrator(new Recommender(root.catalog(), root.profiles(), java.time.Clock.systemDefaultZone()),
                map);
        List<Object> facts = new ArrayList<>();
        boolean allValid = true;
        for (String in : inputs) {
            Optional<UpstreamFacts> up = explainer.upstream(in);
            if (up.isPresent()) {
                facts.add(up.get());
                continue;
            }
            TagFacts f = explainer.explain(in);
            facts.add(f);
            allValid &= f.valid();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            List<Object> arr = new ArrayList<>();
            for (Object f : facts) {
                arr.add(f instanceof UpstreamFacts u ? toJson(u, migrator) : toJson((TagFacts) f));
            }
            out.println(JsonText.write(arr));
        } else {
            boolean first = true;
            for (Object f : facts) {
                if (!first) {
                    out.println();
                }
                first = false;
                if (f instanceof UpstreamFacts u) {
                    printText(out, u, root.messages(), migrator);
                } else {
                    printText(out, (TagFacts) f, root.messages());
                }
            }
        }
        out.flush();
        return allValid ? 0 : 1;
    }

    private ImageMap imageMap() {
        try {
            return ImageMap.loadBundled(root.catalog());
        } catch (CatalogException e) {
            throw new UserException(root.messages().get("cli.error.catalog", e.getMessage()));
        }
    }

    /** A reference that is not a DHI: where it comes from and its DHI counterpart, no DHI facts. */
    static Map<String, Object> toJson(UpstreamFacts f, Migrator migrator) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", f.input());
        m.put("valid", true);
        m.put("dhi", false);
        m.put("image", f.image());
        m.put("registry", f.registry());
        m.put("tag", f.tag());
        m.put("digest", f.digest());
        m.put("dhiCounterpart", f.dhiCounterpart());
        if (f.dhiCounterpart() != null) {
            // the images migrate gives, by the same mapping and rule set
            Map<String, Object> mig = new LinkedHashMap<>();
            mig.put("runtime", migrator.migrateReference(reference(f), ReferenceUse.RUNTIME, MigrateOptions.defaults())
                    .replacement());
            mig.put("build", migrator.migrateReference(reference(f), ReferenceUse.BUILD, MigrateOptions.defaults())
                    .replacement());
            m.put("migratesTo", mig);
        }
        m.put("source", f.source());
        return m;
    }

    /** The upstream reference of the facts, as migrate reads it. */
    private static String reference(UpstreamFacts f) {
        String name = f.image();
        return name + (f.tag() == null ? "" : ":" + f.tag()) + (f.digest() == null ? "" : "@" + f.digest());
    }

    private static void printText(PrintWriter out, UpstreamFacts f, Messages m, Migrator migrator) {
        out.println(f.input());
        String where = f.registry() == null ? m.get("explain.notDhi.hub", f.image()) : m.get("explain.notDhi.registry", f.registry());
        out.println("  " + m.get("explain.notDhi", f.input().strip(), where));
        if (f.dhiCounterpart() == null) {
            out.println("  " + m.get("explain.notDhi.none"));
        } else {
            line(out, m.get("cli.label", m.get("explain.notDhi.counterpart")), f.dhiCounterpart());
            line(out, m.get("cli.label", m.get("explain.notDhi.runtime")),
                    migrator.migrateReference(reference(f), ReferenceUse.RUNTIME, MigrateOptions.defaults()).replacement());
            line(out, m.get("cli.label", m.get("explain.notDhi.build")),
                    migrator.migrateReference(reference(f), ReferenceUse.BUILD, MigrateOptions.defaults()).replacement());
        }
    }

    static Map<String, Object> toJson(TagFacts f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", f.input());
        m.put("valid", f.valid());
        m.put("error", f.error());
        m.put("repository", f.repository());
        m.put("registry", f.registry());
        m.put("mirrored", f.mirrored());
        m.put("tag", f.tag());
        m.put("digest", f.digest());
        m.put("version", f.version());
        m.put("distro", f.distro());
        m.put("distroVersion", f.distroVersion());
        m.put("floating", f.floating());
        m.put("libc", f.libc());
        m.put("variant", f.variant());
        m.put("flavors", f.flavors());
        m.put("fips", f.fips());
        m.put("known", f.known());
        m.put("fipsDocumented", f.fipsDocumented());
        m.put("resolvesTo", f.resolvesTo());
        m.put("eol", f.eol() == null ? null : f.eol().toString());
        m.put("user", f.user());
        m.put("uid", f.uid());
        m.put("shell", f.shell());
        m.put("packageManager", f.packageManager());
        m.put("counterpart", f.counterpart());
        return m;
    }

    private static void printText(PrintWriter out, TagFacts f, Messages m) {
        out.println(TerminalText.printable(f.input()));
        if (!f.valid()) {
            out.println("  " + TerminalText.printable(m.get("cli.explain.invalid", f.error())));
            return;
        }
        line(out, m.get("cli.label", m.get("cli.explain.repository")), f.repository() == null ? null
                : f.repository() + (Boolean.TRUE.equals(f.mirrored()) ? " " + m.get("cli.explain.mirrored") : ""));
        line(out, m.get("cli.label", m.get("cli.explain.registry")), f.registry());
        line(out, m.get("cli.label", m.get("cli.explain.tag")), f.tag());
        line(out, m.get("cli.label", m.get("cli.explain.digest")), f.digest());
        if (f.tag() != null) {
            ValueLabels labels = new ValueLabels(m);
            String distro = f.distro() == null ? null : f.distroVersion() == null
                    ? m.get("cli.explain.floating", ValueLabels.distro(f.distro(), null))
                    : ValueLabels.distro(f.distro(), f.distroVersion());
            line(out, m.get("cli.label", m.get("cli.explain.version")), f.version());
            line(out, m.get("cli.label", m.get("cli.explain.distro")), distro);
            line(out, m.get("cli.label", m.get("cli.explain.libc")), f.libc() == null ? null : labels.libc(f.libc()));
            line(out, m.get("cli.label", m.get("cli.explain.variant")), f.variant() == null ? null : labels.variant(f.variant()));
            line(out, m.get("cli.label", m.get("cli.explain.flavors")), f.flavors() == null || f.flavors().isEmpty() ? null
                    : labels.list(f.flavors()));
            line(out, m.get("cli.label", m.get("cli.explain.fips")), Boolean.TRUE.equals(f.fips())
                    ? m.get(Boolean.TRUE.equals(f.fipsDocumented()) ? "cli.explain.fipsDocumented" : "cli.yes")
                    : m.get("cli.no"));
        }
        line(out, m.get("cli.label", m.get("cli.explain.known")), m.get(Boolean.TRUE.equals(f.known()) ? "cli.yes" : "cli.no"));
        line(out, m.get("cli.label", m.get("cli.explain.resolvesTo")), f.resolvesTo());
        line(out, m.get("cli.label", m.get("cli.explain.eol")), f.eol() == null ? null : f.eol().toString());
        line(out, m.get("cli.label", m.get("cli.explain.runsAs")), f.user() == null ? null
                : f.uid() == null ? f.user() : m.get("cli.explain.userUid", f.user(), String.valueOf(f.uid())));
        if (f.shell() != null) {
            line(out, m.get("cli.label", m.get("cli.explain.shell")), m.get(f.shell() ? "cli.yes" : "cli.no"));
            line(out, m.get("cli.label", m.get("cli.explain.packageManager")), m.get(f.packageManager() ? "cli.yes" : "cli.no"));
        }
        line(out, m.get("cli.label", m.get("cli.explain.counterpart")), f.counterpart());
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.println("  " + Cli.pad(label, 17) + TerminalText.printable(value));
        }
    }
}
