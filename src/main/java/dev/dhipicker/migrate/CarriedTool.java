package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.catalog.ImageMapping;
import dev.dhipicker.catalog.ref.DistroFamily;

import java.util.ArrayList;
import java.util.List;

/** A tool an upstream image carries besides its language, which the DHI image lacks (the map's {@code carries}). */
final class CarriedTool {
    private CarriedTool() {
    }

    /**
     * An upstream image that carries a tool besides its language ({@code uv} in
     * {@code ghcr.io/astral-sh/uv:python3.12-bookworm-slim}) becomes the language's DHI image, which
     * lacks the tool: the stage gets a {@code COPY --from} of the tool's files from the tool's DHI
     * image, when that image has the stage's C library; otherwise a finding says the tool is missing.
     */
    static void copy(MigrationRun run, Stage s, ImageChooser.Choice c, ImageMap.Match m) {
        ImageMapping.Carried tool = m.mapping().carries();
        if (tool == null || s.body().isEmpty()) {
            return;
        }
        int line = s.from().startLine();
        List<Finding> own = new ArrayList<>();
        ReferenceResolver.Resolved r = run.resolver.resolve(tool.image(), line, own);
        String name = tool.image().substring(tool.image().lastIndexOf('/') + 1);
        boolean sameLibc = r.choice() != null
                && (r.choice().distro() == DistroFamily.ALPINE)
                == (c.distro() == DistroFamily.ALPINE);
        if (!sameLibc) {
            run.findings.add(new Finding(line, Severity.WARNING, "nearest-repository",
                    List.of(s.resolved(), m.mapping().repository()), Sources.AVAILABLE));
            return;
        }
        String from = r.choice().runtime();
        // the tool's image may lack the compliance asked for (DHI uv has no FIPS or STIG variant): say so
        own.stream().filter(f -> f.rule().equals("compliance-unavailable")).forEach(run.findings::add);
        // right under the FROM line, before the comments of the stage's first step
        int at = Math.min(run.edits.lineEnd(s.from().end() - 1) + 1, s.body().get(0).start());
        run.edits.lineBefore(at, "# " + run.texts.get("migrate.comment.tool", name));
        run.edits.lineBefore(at, "COPY --from=" + from + " " + String.join(" ", tool.paths()) + " " + tool.to());
        run.findings.add(new Finding(line, Severity.INFO, "tool-copied",
                List.of(s.resolved(), name, String.join(" ", tool.paths()), from), Sources.MULTI_STAGE));
    }

    /**
     * True when the stage's command starts the tool its upstream image carried ({@code CMD ["uv", "run", ...]}):
     * a split would put that command on the runtime image, which has neither the tool nor a shell.
     */
    static boolean started(Stage s, ImageMapping m) {
        if (m.carries() == null) {
            return false;
        }
        Instruction ep = s.last("ENTRYPOINT");
        Instruction cmd = s.last("CMD");
        // ENTRYPOINT [] (uv-docker-example) clears the entrypoint, so the CMD starts the container
        Instruction first = ep != null && !List.of().equals(ExecForm.parse(ep.rest())) ? ep : cmd;
        if (first == null) {
            return false;
        }
        List<String> words = ExecForm.parse(first.rest());
        String word = words == null ? first.rest().strip().split("\\s+")[0] : words.isEmpty() ? "" : words.get(0);
        String name = word.substring(word.lastIndexOf('/') + 1);
        return m.carries().paths().stream().anyMatch(p -> p.substring(p.lastIndexOf('/') + 1).equals(name));
    }
}
