package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.recommend.ComplianceNeed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The state of one migration: the edits, findings and stage results it collects. */
final class MigrationRun {
    final Dockerfile d;
    final MigrateOptions options;
    final Texts texts;
    final StageReader.Result read;
    final TextEdits edits;
    final ImageChooser chooser;
    final ReferenceResolver resolver;
    final List<Finding> findings = new ArrayList<>();
    final List<StageResult> results = new ArrayList<>();
    final Set<String> stageNames = new HashSet<>();
    /** Build argument name to the references its FROM lines would get; null when one cannot be rewritten. */
    final Map<String, List<Object[]>> argUses = new LinkedHashMap<>();
    boolean complianceNoted;

    private final ImageMap map;

    MigrationRun(ImageChooser chooser, ImageMap map, Dockerfile d, MigrateOptions options, Texts texts,
                 StageReader.Result read) {
        this.map = map;
        this.d = d;
        this.options = options;
        this.texts = texts;
        this.read = read;
        this.edits = new TextEdits(d.text());
        this.chooser = chooser;
        this.resolver = new ReferenceResolver(map, chooser);
    }

    void stage(Stage s) throws DockerfileSyntaxException {
        try {
            stageUnchecked(s);
        } finally {
            if (s.name() != null) {
                stageNames.add(s.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    private void stageUnchecked(Stage s) throws DockerfileSyntaxException {
        int line = s.from().startLine();
        boolean last = s.index() == read.stages().size() - 1;
        if (s.resolved() == null) {
            findings.add(new Finding(line, Severity.WARNING, "arg-unresolved", List.of(s.image()), Sources.ARG_FROM));
            keep(s, StageRole.UNKNOWN, "migrate.reason.argUnresolved");
            return;
        }
        String image = s.resolved();
        if (stageNames.contains(image.toLowerCase(Locale.ROOT))) {
            keep(s, StageRole.STAGE, "migrate.reason.stage");
            StageResult base = baseOf(image);
            if (last && base != null && base.role() == StageRole.BUILD) {
                findings.add(new Finding(line, Severity.ERROR, "runtime-needs-shell", List.of(base.reference()),
                        Sources.CUSTOMIZE));
            }
            return;
        }
        if (image.equals("scratch")) {
            keep(s, StageRole.SCRATCH, "migrate.reason.scratch");
            return;
        }
        ReferenceResolver.Resolved r = resolver.resolve(image, line, findings);
        switch (r.status()) {
            case INVALID -> {
                keep(s, StageRole.UNKNOWN, "migrate.reason.invalid");
                return;
            }
            case ALREADY_DHI -> {
                keep(s, StageRole.UNKNOWN, "migrate.reason.alreadyDhi");
                return;
            }
            case NO_COUNTERPART -> {
                keep(s, StageRole.UNKNOWN, "migrate.reason.unknown");
                return;
            }
            default -> {
            }
        }
        ImageReference ref = r.ref();
        UpstreamImage up = r.up();
        Optional<ImageMap.Match> match = Optional.of(r.match());
        String workload = match.get().mapping().workload();
        ImageChooser.Choice c = r.choice();
        complianceNote(line);
        buildToolVersion(ref, match.get().mapping(), c, line);
        boolean runs = runsHere(s);
        boolean buildOnly = match.get().mapping().buildOnly();
        if (!last) {
            boolean build = runs || buildOnly;
            place(s, build ? c.build() : c.runtime(), build ? StageRole.BUILD : StageRole.RUNTIME,
                    build ? "migrate.reason.build" : "migrate.reason.runtimeStage", c, match.get(), false);
            return;
        }
        if (!runs && !buildOnly) {
            place(s, c.runtime(), StageRole.RUNTIME, "migrate.reason.runtime", c, match.get(), true);
            return;
        }
        String script = script(s);
        SplitPattern pattern = runs ? SplitPattern.detect(workload, match.get().mapping().repository(), script) : null;
        if (pattern != null && new StageSplit(this, s, c, up, match.get(), pattern).apply()) {
            return;
        }
        place(s, c.build(), StageRole.BUILD, "migrate.reason.finalDev", c, match.get(), false);
        findings.add(new Finding(line, Severity.ERROR, "runtime-needs-shell", List.of(String.valueOf(c.build())),
                Sources.CUSTOMIZE));
    }

    /** The result of the stage a name refers to, following stages built on stages. */
    private StageResult baseOf(String name) {
        for (int k = results.size() - 1; k >= 0; k--) {
            StageResult r = results.get(k);
            if (r.name() != null && r.name().equalsIgnoreCase(name)) {
                return r.role() == StageRole.STAGE ? baseOf(r.from()) : r;
            }
        }
        return null;
    }

    void complianceNote(int line) {
        if (options.compliance() != ComplianceNeed.NONE && !complianceNoted) {
            complianceNoted = true;
            findings.add(new Finding(line, Severity.INFO, "mirrored-repository",
                    List.of(options.compliance().id(), options.org() == null ? "<org>" : options.org()), Sources.MIRROR));
        }
    }

    /** True when the stage, or a later stage built on it, runs commands. */
    private boolean runsHere(Stage s) {
        if (s.runs()) {
            return true;
        }
        if (s.name() == null) {
            return false;
        }
        for (Stage later : read.stages()) {
            if (later.index() > s.index() && later.image().equalsIgnoreCase(s.name()) && runsHere(later)) {
                return true;
            }
        }
        return false;
    }

    String script(Stage s) {
        StringBuilder b = new StringBuilder();
        for (Instruction in : s.body()) {
            if (in.is("RUN")) {
                b.append(in.script()).append('\n');
            }
        }
        return b.toString();
    }

    void keep(Stage s, StageRole role, String reason) {
        results.add(new StageResult(s.index(), s.name(), s.from().startLine(), s.image(), role, null, reason, List.of()));
    }

    /** Rewrites the stage's image in place and checks its steps for the role. */
    void place(Stage s, String reference, StageRole role, String reason, ImageChooser.Choice c, ImageMap.Match m,
               boolean last) {
        if (reference == null) {
            findings.add(new Finding(s.from().startLine(), Severity.WARNING, "no-dhi-counterpart",
                    List.of(s.image()), Sources.AVAILABLE));
            keep(s, StageRole.UNKNOWN, "migrate.reason.unknown");
            return;
        }
        rewriteImage(s, reference);
        results.add(new StageResult(s.index(), s.name(), s.from().startLine(), s.image(), role, reference, reason,
                List.of(reference)));
        StageRules.Target t = target(reference, c, m);
        if (role == StageRole.RUNTIME) {
            runtimeSteps(s.body(), t, last, s.from().startLine(), true);
        } else {
            StageRules.build(s.body(), t, findings);
        }
    }

    StageRules.Target target(String reference, ImageChooser.Choice c, ImageMap.Match m) {
        return new StageRules.Target(reference, c.user(), c.uid(), c.distro(), m.mapping().upstreamPort(),
                m.mapping().dhiPort());
    }

    /** Checks runtime steps; when {@code inPlace}, converts plain shell-form commands where they are. */
    String[] runtimeSteps(List<Instruction> body, StageRules.Target t, boolean last, int fromLine, boolean inPlace) {
        String[] texts2 = StageRules.runtime(body, t, last, fromLine, d.text(), findings);
        if (inPlace) {
            for (int k = 0; k < body.size(); k++) {
                if (texts2[k] != null) {
                    Instruction in = body.get(k);
                    edits.lineBefore(in.start(), "# " + texts.get("migrate.comment.exec"));
                    edits.replace(in.start(), in.end(), texts2[k]);
                }
            }
        }
        return texts2;
    }

    /** Offset of the image word in the FROM instruction. */
    int imageOffset(Stage s) {
        int at = s.from().start() + 4;
        for (String f : s.from().flags()) {
            int i = d.text().indexOf(f, at);
            if (i >= 0) {
                at = i + f.length();
            }
        }
        return d.text().indexOf(s.image(), at);
    }

    void rewriteImage(Stage s, String reference) {
        int at = imageOffset(s);
        String var = singleVariable(s.image());
        StageReader.GlobalArg arg = var == null ? null : read.args().get(var);
        edits.lineBefore(s.from().start(), "# " + texts.get("migrate.comment.from", s.resolved()));
        if (arg != null && arg.rewritable()) {
            argUses.computeIfAbsent(var, k -> new ArrayList<>()).add(new Object[]{s, reference, at});
            return;
        }
        edits.replace(at, at + s.image().length(), reference);
        if (!s.image().equals(s.resolved())) {
            findings.add(new Finding(s.from().startLine(), Severity.WARNING, "arg-from-inline",
                    List.of(s.image(), reference), Sources.ARG_FROM));
        }
    }

    /** Rewrites ARG defaults used by FROM lines when every use agrees and no stage redeclares the argument. */
    void finishArgs() {
        for (Map.Entry<String, List<Object[]>> e : argUses.entrySet()) {
            StageReader.GlobalArg arg = read.args().get(e.getKey());
            Set<String> refs = new HashSet<>();
            e.getValue().forEach(u -> refs.add((String) u[1]));
            boolean redeclared = read.stages().stream().flatMap(s -> s.body().stream())
                    .anyMatch(i -> i.is("ARG") && i.rest().split("[=\\s]")[0].equals(e.getKey()));
            if (refs.size() == 1 && !redeclared) {
                String ref = refs.iterator().next();
                int start = arg.valueStart();
                edits.lineBefore(start, "# " + texts.get("migrate.comment.arg", arg.value()));
                edits.replace(start, start + arg.value().length(), ref);
                for (Object[] u : e.getValue()) {
                    findings.add(new Finding(((Stage) u[0]).from().startLine(), Severity.INFO, "arg-from-rewritten",
                            List.of(e.getKey(), arg.value(), ref, String.valueOf(arg.line())), Sources.ARG_FROM));
                }
            } else {
                for (Object[] u : e.getValue()) {
                    Stage s = (Stage) u[0];
                    int at = (Integer) u[2];
                    edits.replace(at, at + s.image().length(), (String) u[1]);
                    findings.add(new Finding(s.from().startLine(), Severity.WARNING, "arg-from-inline",
                            List.of(s.image(), (String) u[1]), Sources.ARG_FROM));
                }
            }
        }
    }

    private String singleVariable(String image) {
        if (image.matches("\\$\\{[A-Za-z_][A-Za-z0-9_]*}")) {
            return image.substring(2, image.length() - 1);
        }
        if (image.matches("\\$[A-Za-z_][A-Za-z0-9_]*")) {
            return image.substring(1);
        }
        return null;
    }

    /**
     * A build tool whose tag names the JDK (gradle:8-jdk17) is chosen by that JDK: when the DHI
     * image's own major version differs from the one written first in the tag, say so, since a new
     * major of the tool can break the build.
     */
    private void buildToolVersion(ImageReference ref, dev.dhipicker.catalog.ImageMapping m, ImageChooser.Choice c,
                                  int line) {
        if (!m.buildOnly() || m.versionPattern() == null || ref.tag() == null || c.build() == null
                || !c.build().contains("/" + m.repository() + ":") && !c.build().contains("/dhi-" + m.repository() + ":")) {
            return;
        }
        String written = ref.tag().format().split("-")[0];
        String dhi = c.buildLine();
        if (!written.matches("\\d+(\\.\\d+)*") || dhi == null) {
            return;
        }
        String writtenMajor = written.split("\\.")[0];
        String dhiMajor = dhi.split("\\.")[0];
        if (!writtenMajor.equals(dhiMajor)) {
            findings.add(new Finding(line, Severity.WARNING, "build-tool-changed", List.of(m.repository(), written, dhi),
                    Sources.AVAILABLE));
        }
    }
}
