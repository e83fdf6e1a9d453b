package dev.dhipicker.cli;

import dev.dhipicker.catalog.JsonText;
import dev.dhipicker.catalog.TagExplainer;
import dev.dhipicker.catalog.TagFacts;
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
import java.util.concurrent.Callable;

/** {@code explain}: what a tag, reference or FROM line means. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain DHI tags, image references or Dockerfile FROM lines.",
                "Exit code 0 when every input is a valid reference (known to the catalog or not), 1 when any is invalid."})
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A tag (3.13-fips), repo:tag, a full reference (dhi.io/python:3.13-debian13-dev) or a FROM line.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        TagExplainer explainer = new TagExplainer(root.catalog());
        List<TagFacts> facts = new ArrayList<>();
        boolean allValid = true;
        for (String in : inputs) {
            TagFacts f = explainer.explain(in);
            facts.add(f);
            allValid &= f.valid();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            List<Object> arr = new ArrayList<>();
            for (TagFacts f : facts) {
                arr.add(toJson(f));
            }
            out.println(JsonText.write(arr));
        } else {
            boolean first = true;
            for (TagFacts f : facts) {
                if (!first) {
                    out.println();
                }
                first = false;
                printText(out, f);
            }
        }
        out.flush();
        return allValid ? 0 : 1;
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

    private static void printText(PrintWriter out, TagFacts f) {
        out.println(f.input());
        if (!f.valid()) {
            out.println("  invalid: " + f.error());
            return;
        }
        line(out, "repository", f.repository() == null ? null
                : f.repository() + (Boolean.TRUE.equals(f.mirrored()) ? " (mirrored, DHI Select/Enterprise)" : ""));
        line(out, "registry", f.registry());
        line(out, "tag", f.tag());
        line(out, "digest", f.digest());
        if (f.tag() != null) {
            String distro = f.distro() == null ? null
                    : f.distro() + (f.distroVersion() == null ? " (floating: newest " + f.distro() + ")" : " " + f.distroVersion());
            line(out, "version", f.version());
            line(out, "distro", distro);
            line(out, "libc", f.libc());
            line(out, "variant", f.variant());
            line(out, "flavors", f.flavors() == null || f.flavors().isEmpty() ? null : String.join(", ", f.flavors()));
            line(out, "fips", Boolean.TRUE.equals(f.fips()) ? "yes" + (Boolean.TRUE.equals(f.fipsDocumented())
                    ? " (documented in the repository guide)" : "") : "no");
        }
        line(out, "in catalog", Boolean.TRUE.equals(f.known()) ? "yes" : "no");
        line(out, "resolves to", f.resolvesTo());
        line(out, "end of life", f.eol() == null ? null : f.eol().toString());
        line(out, "runs as", f.user() == null ? null : f.user() + (f.uid() == null ? "" : " (uid " + f.uid() + ")"));
        if (f.shell() != null) {
            line(out, "shell", f.shell() ? "yes" : "no");
            line(out, "package manager", f.packageManager() ? "yes" : "no");
        }
        line(out, "counterpart", f.counterpart());
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.printf("  %-16s %s%n", label + ":", value);
        }
    }
}
