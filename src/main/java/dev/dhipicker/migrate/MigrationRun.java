package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.catalog.ImageMapping;
import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.recommend.ComplianceNeed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    private final ArgDefaults args;
    final List<Finding> findings = new ArrayList<>();
    final List<StageResult> results = new ArrayList<>();
    final Set<String> stageNames = new HashSet<>();
    boolean complianceNoted;

    MigrationRun(ImageChooser chooser, ImageMap map, Dockerfile d, MigrateOptions options, Texts texts,
                 StageReader.Result read) {
        this.d = d;
        this.options = options;
        this.texts = texts;
        this.read = read;
        this.edits = new TextEdits(d.text());
        this.chooser = chooser;
        this.resolver = new ReferenceResolver(map, chooser);
        this.args = new ArgDefaults(this);
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
        if (s.resolved() == null && PlatformStage.names(s, read.args(), d.escape(), stageNames)) {
            keep(s, StageRole.STAGE, "migrate.reason.stage");
            return;
        }
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
            if (runs || buildOnly) {
                place(s, buildImage(image, match.get().mapping(), c, line), StageRole.BUILD, "migrate.reason.build", c,
                        match.get(), false);
            } else {
                place(s, runtimeImage(match.get().mapping(), up, c, line), StageRole.RUNTIME,
                        "migrate.reason.runtimeStage", c, match.get(), false);
            }
            return;
        }
        if (!runs && !buildOnly) {
            place(s, runtimeImage(match.get().mapping(), up, c, line), StageRole.RUNTIME, "migrate.reason.runtime", c,
                    match.get(), true);
            return;
        }
        if (!buildOnly && withoutRemovableSteps(s, match.get(), up, c)) {
            return;
        }
        String script = script(s);
        SplitPattern pattern = runs ? SplitPattern.detect(workload, match.get().mapping().repository(), script) : null;
        if (pattern != null && !CarriedTool.started(s, match.get().mapping())
                && new StageSplit(this, s, c, up, match.get(), pattern).apply()) {
            return;
        }
        String build = buildImage(image, match.get().mapping(), c, line);
        place(s, build, StageRole.BUILD, "migrate.reason.finalDev", c, match.get(), false);
        if (build != null) {
            findings.add(new Finding(line, Severity.ERROR, "runtime-needs-shell", List.of(build), Sources.CUSTOMIZE));
            List<String> packages = FinalSteps.packages(s);
            List<String> buildPackages = packages.stream().filter(FinalSteps::buildOnly).toList();
            List<String> runPackages = packages.stream().filter(p -> !FinalSteps.buildOnly(p)).toList();
            if (!buildPackages.isEmpty()) {
                findings.add(new Finding(line, Severity.INFO, "build-packages", List.of(String.join(" ", buildPackages)),
                        Sources.MULTI_STAGE));
            }
            if (!runPackages.isEmpty() && c.runtime() != null) {
                findings.add(new Finding(line, Severity.INFO, "customize-packages",
                        List.of(String.join(" ", runPackages), c.runtime(), build), Sources.CUSTOMIZE));
            }
        }
    }

    /**
     * Gives a final stage the runtime image when the only steps that need a shell are ones the
     * runtime image makes unnecessary: they are removed (a comment says what was there) and
     * {@code chown}/{@code chmod} become flags of the {@code COPY} they apply to.
     */
    private boolean withoutRemovableSteps(Stage s, ImageMap.Match m, UpstreamImage up, ImageChooser.Choice c) {
        FinalSteps.Result fs = FinalSteps.read(s, c.workDir());
        if (fs.removed().isEmpty() || fs.remaining().stream().anyMatch(i -> i.is("RUN") || i.is("SHELL"))) {
            return false;
        }
        String runtime = runtimeImage(m.mapping(), up, c, s.from().startLine());
        for (Instruction in : fs.removed()) {
            String was = (in.is("RUN") ? "RUN " + in.script() : in.keyword() + " " + in.rest()).replaceAll("\\s+", " ").strip();
            if (was.length() > 100) {
                was = was.substring(0, 99) + "…";
            }
            StringBuilder text = new StringBuilder("# ").append(texts.get("migrate.comment.removed", was));
            for (String l : fs.workdirs().getOrDefault(in, List.of())) {
                text.append(edits.newline()).append(l);
            }
            edits.replace(in.start(), in.end(), text.toString());
        }
        fs.copyFlags().forEach((in, flags) -> {
            int at = in.start() + in.keyword().length();
            edits.replace(at, at, " " + flags);
        });
        findings.addAll(fs.findings());
        Stage trimmed = new Stage(s.index(), s.from(), s.image(), s.resolved(), s.name(), fs.remaining());
        place(trimmed, runtime, StageRole.RUNTIME, "migrate.reason.runtimeRemoved", c, m, true);
        return true;
    }

    /** The build image of a stage that needs a shell (see {@link ReferenceResolver#buildImage}). */
    private String buildImage(String image, ImageMapping m, ImageChooser.Choice c, int line) {
        return ReferenceResolver.buildImage(image, m, c, line, findings);
    }

    /** The runtime image of a stage (see {@link ReferenceResolver#runtimeImage}). */
    private String runtimeImage(ImageMapping m, UpstreamImage up, ImageChooser.Choice c, int line) {
        return ReferenceResolver.runtimeImage(m, up, c, line, findings);
    }

    /** The names of every stage of the file, lower case. */
    Set<String> allStageNames() {
        Set<String> out = new HashSet<>();
        for (Stage s : read.stages()) {
            if (s.name() != null) {
                out.add(s.name().toLowerCase(Locale.ROOT));
            }
        }
        return out;
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
            keep(s, StageRole.UNKNOWN, "migrate.reason.noBuildImage");
            return;
        }
        rewriteImage(s, reference);
        results.add(new StageResult(s.index(), s.name(), s.from().startLine(), s.image(), role, reference, reason,
                List.of(reference)));
        CarriedTool.copy(this, s, c, m);
        StageRules.Target t = target(reference, c, m);
        if (role == StageRole.RUNTIME) {
            keepEntrypoint(s, m);
            runtimeSteps(s.body(), t, last, s.from().startLine(), true);
        } else {
            StageRules.build(s.body(), t, findings);
        }
    }

    /**
     * A distroless interpreter image runs the stage's CMD through its ENTRYPOINT ({@code CMD ["index.js"]}
     * on node); the DHI runtime image has none, so the stage gets it written out.
     */
    private void keepEntrypoint(Stage s, ImageMap.Match m) {
        List<String> entrypoint = m.mapping().entrypoint();
        // a stage without steps sets no CMD of its own, so it has nothing to keep
        if (entrypoint.isEmpty() || s.body().isEmpty() || s.body().stream().anyMatch(i -> i.is("ENTRYPOINT"))) {
            return;
        }
        int at = s.body().get(0).start();
        edits.lineBefore(at, "# " + texts.get("migrate.comment.entrypoint"));
        edits.lineBefore(at, "ENTRYPOINT " + ExecForm.format(entrypoint));
        findings.add(new Finding(s.from().startLine(), Severity.INFO, "entrypoint-added",
                List.of(s.resolved(), ExecForm.format(entrypoint)), Sources.ENTRYPOINT));
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
        args.rewrite(s, reference, imageOffset(s));
    }

    /** Rewrites ARG defaults used by FROM lines when every use agrees (see {@link ArgDefaults}). */
    void finishArgs() {
        args.finish();
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
