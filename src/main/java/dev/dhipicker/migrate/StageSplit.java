package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ImageMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a final stage that runs commands into a {@code -dev} build stage (the original steps,
 * unchanged) and a runtime stage that copies the build output and keeps the run-time settings.
 */
final class StageSplit {
    private static final Set<String> CARRIED = Set.of("LABEL", "EXPOSE", "VOLUME", "USER", "STOPSIGNAL",
            "HEALTHCHECK", "ENTRYPOINT", "CMD");
    private static final Pattern VENV = Pattern.compile("(?:-m\\s+venv|virtualenv)\\s+(?:--?\\S+\\s+)*([^\\s;&|]+)");

    private final MigrationRun run;
    private final Stage s;
    private final ImageChooser.Choice c;
    private final UpstreamImage up;
    private final ImageMap.Match match;
    private final SplitPattern pattern;

    StageSplit(MigrationRun run, Stage s, ImageChooser.Choice c, UpstreamImage up, ImageMap.Match match,
               SplitPattern pattern) {
        this.run = run;
        this.s = s;
        this.c = c;
        this.up = up;
        this.match = match;
        this.pattern = pattern;
    }

    /** Writes the split; false (and nothing written) when the build output cannot be located. */
    boolean apply() {
        String workdir = workdir();
        String script = run.script(s);
        String command = command();
        String venv = null;
        List<String> copies = pattern.copies(workdir, script, command);
        if (pattern == SplitPattern.PIP) {
            Matcher m = VENV.matcher(script);
            if (m.find()) {
                venv = m.group(1).startsWith("/") ? m.group(1) : null;
                if (venv == null) {
                    return false;
                }
                copies = workdir == null ? List.of(venv) : List.of(venv, workdir);
            }
        }
        ImageChooser.Choice rt = c;
        String workload = match.mapping().workload();
        // a build tool's runtime is its language's; an image asked for as itself keeps its own runtime
        if (!pattern.runtimeWorkload(workload).equals(workload) && run.chooser.throughProfile(match.mapping())) {
            Optional<ImageChooser.Choice> other = run.chooser.chooseWorkload(pattern.runtimeWorkload(workload),
                    new UpstreamImage(workload.equals("java") ? up.version() : null, null, up.distro(), List.of(),
                            List.of()), s.from().startLine(), run.findings, match.mapping().kind());
            if (other.isEmpty()) {
                return false;
            }
            rt = other.get();
        }
        if (copies == null || c.build() == null || rt.runtime() == null) {
            return false;
        }
        if (pattern == SplitPattern.PHP_EXT && !phpPathsHold(rt)) {
            return false;
        }
        String buildName = buildName();
        String nl = run.edits.newline();
        Instruction from = s.from();
        int at = run.imageOffset(s);
        run.edits.lineBefore(from.start(), "# " + run.texts.get("migrate.comment.splitBuild", s.resolved()));
        StringBuilder fromText = new StringBuilder(c.build()).append(" AS ").append(buildName);
        if (pattern == SplitPattern.PIP && venv == null) {
            venv = SplitPattern.VENV;
            fromText.append(nl).append("# ").append(run.texts.get("migrate.comment.venv"))
                    .append(nl).append("RUN python3 -m venv ").append(venv)
                    .append(nl).append("ENV PATH=\"").append(venv).append("/bin:$PATH\"");
        }
        run.edits.replace(at, from.end(), fromText.toString());
        StageRules.Target buildTarget = run.target(c.build(), c, match);
        StageRules.build(s.body(), buildTarget, run.findings);
        notes(script);

        StageRules.Target t = run.target(rt.runtime(), rt, match);
        List<Instruction> carried = new ArrayList<>();
        for (Instruction in : s.body()) {
            if (in.is("USER") && createdUser(in, t)) {
                run.findings.add(new Finding(in.startLine(), Severity.WARNING, "user-dropped",
                        List.of(in.rest(), String.valueOf(t.user()), t.uid() == null ? "-" : String.valueOf(t.uid())),
                        Sources.USER));
            } else if (CARRIED.contains(in.keyword())) {
                carried.add(in);
            }
        }
        String[] converted = run.runtimeSteps(carried, t, true, from.startLine(), false);
        StringBuilder b = new StringBuilder(nl);
        b.append("# ").append(run.texts.get("migrate.comment.splitRuntime", buildName)).append(nl);
        b.append("FROM ");
        String platform = from.flag("platform");
        if (platform != null) {
            b.append("--platform=").append(platform).append(' ');
        }
        b.append(rt.runtime());
        if (s.name() != null) {
            b.append(" AS ").append(s.name());
        }
        b.append(nl);
        if (workdir != null) {
            b.append("WORKDIR ").append(workdir).append(nl);
        }
        argsForEnv(b, nl);
        for (Instruction in : s.body()) {
            if (in.is("ENV")) {
                b.append(verbatim(in)).append(nl);
            }
        }
        if (venv != null) {
            b.append("ENV PATH=\"").append(venv).append("/bin:$PATH\"").append(nl);
        }
        for (String p : copies) {
            b.append("COPY --from=").append(buildName).append(' ').append(p).append(' ').append(p).append(nl);
        }
        for (Instruction in : s.body()) {
            if ((in.is("COPY") || in.is("ADD")) && outside(in, copies, workdir) && !fromImage(in)) {
                b.append(verbatim(in)).append(nl);
            }
        }
        for (int k = 0; k < carried.size(); k++) {
            b.append(converted[k] != null ? converted[k] : verbatim(carried.get(k))).append(nl);
        }
        run.edits.append(b.toString());
        run.results.add(new StageResult(s.index(), s.name(), from.startLine(), s.image(), StageRole.RUNTIME,
                rt.runtime(), "migrate.reason.split", List.of(buildName, c.build())));
        run.findings.add(new Finding(from.startLine(), Severity.INFO, "stage-split",
                List.of(pattern.name().toLowerCase(Locale.ROOT), c.build(), rt.runtime()), Sources.MULTI_STAGE));
        return true;
    }

    /**
     * The build arguments that the carried ENV lines read ({@code ENV APP_VERSION=$APP_VERSION}):
     * an argument is visible only in the stage that declares it, so the runtime stage declares it
     * again, as the stage did (its own ARG line) or bare for one declared before the first FROM.
     */
    private void argsForEnv(StringBuilder b, String nl) {
        StringBuilder envText = new StringBuilder();
        s.body().stream().filter(i -> i.is("ENV")).forEach(i -> envText.append(i.rest()).append('\n'));
        if (envText.indexOf("$") < 0) {
            return;
        }
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (Instruction in : s.body()) {
            if (in.is("ARG")) {
                String name = in.rest().strip().split("[=\\s]")[0];
                if (reads(envText, name) && declared.add(name)) {
                    b.append(verbatim(in)).append(nl);
                }
            }
        }
        for (String name : run.read.args().keySet()) {
            if (!declared.contains(name) && reads(envText, name)) {
                b.append("ARG ").append(name).append(nl);
            }
        }
    }

    private static boolean reads(CharSequence text, String name) {
        return Pattern.compile("\\$\\{?" + Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(text).find();
    }

    /**
     * True when the build and runtime images both set the variables the PHP copies name, to the
     * same directories (their catalog environment says so); otherwise a finding says why the
     * stage is not split and how to find the extension directory.
     */
    private boolean phpPathsHold(ImageChooser.Choice rt) {
        if (c.buildDefinition() == null || rt.runtimeDefinition() == null) {
            return false;
        }
        String unshared = SplitPattern.phpUnshared(c.buildDefinition().environment(),
                rt.runtimeDefinition().environment());
        if (unshared == null) {
            return true;
        }
        run.findings.add(new Finding(s.from().startLine(), Severity.WARNING, "php-ext-dir",
                List.of(c.build(), rt.runtime(), unshared), Sources.PHP));
        return false;
    }

    /**
     * True for a COPY from an image rather than a stage ({@code COPY --from=composer:2}): a tool
     * for the build steps, which stay in the build stage.
     */
    private boolean fromImage(Instruction in) {
        String from = in.flag("from");
        if (from == null || from.matches("\\d+")) {
            return false;
        }
        return run.read.stages().stream().noneMatch(o -> o.name() != null && o.name().equalsIgnoreCase(from));
    }

    /** True for a USER that names a user the build steps create (it does not exist in the runtime image). */
    private boolean createdUser(Instruction user, StageRules.Target t) {
        String name = user.rest().split("[\\s:]")[0];
        if (name.matches("\\d+") || name.equals("root") || name.equals(t.user())) {
            return false;
        }
        Pattern created = Pattern.compile("(useradd|adduser)\\b[^;&|]*\\s" + Pattern.quote(name) + "(\\s|$)");
        return s.body().stream().anyMatch(i -> i.is("RUN") && created.matcher(i.script()).find());
    }

    private void notes(String script) {
        for (Instruction in : s.body()) {
            if (in.is("RUN") && StageRules.installsPackages(in.script())) {
                run.findings.add(new Finding(in.startLine(), Severity.WARNING, "runtime-packages", List.of(),
                        Sources.CUSTOMIZE));
                break;
            }
        }
        if (pattern == SplitPattern.GO && !script.contains("CGO_ENABLED=0")
                && s.body().stream().noneMatch(i -> i.is("ENV") && i.rest().contains("CGO_ENABLED=0"))) {
            Instruction firstBuild = s.body().stream().filter(i -> i.is("RUN") && i.script().contains("go build"))
                    .findFirst().orElse(s.from());
            run.findings.add(new Finding(firstBuild.startLine(), Severity.WARNING, "go-cgo", List.of(),
                    "https://docs.docker.com/dhi/migration/examples/go/"));
        }
    }

    /**
     * True when a COPY/ADD puts files outside the paths the runtime stage copies from the build
     * stage: the runtime stage repeats it, or those files would be lost.
     */
    private static boolean outside(Instruction in, List<String> copies, String workdir) {
        List<String> words = in.exec() != null ? in.exec() : List.of(in.rest().split("\\s+"));
        if (words.size() < 2 || !in.heredocs().isEmpty()) {
            return !in.heredocs().isEmpty();
        }
        String dest = words.get(words.size() - 1);
        if (!dest.startsWith("/")) {
            return false; // build input in the working directory, or part of the output copied with it
        }
        List<String> inside = new ArrayList<>(copies);
        if (workdir != null) {
            inside.add(workdir); // sources copied where the build runs are build input
        }
        for (String p : inside) {
            if (dest.equals(p) || dest.startsWith(p.endsWith("/") ? p : p + "/")) {
                return false;
            }
        }
        return true;
    }

    private String verbatim(Instruction in) {
        String t = run.d.text().substring(in.start(), in.end());
        return t.endsWith("\r") ? t.substring(0, t.length() - 1) : t;
    }

    private String command() {
        Instruction ep = s.last("ENTRYPOINT");
        Instruction cmd = s.last("CMD");
        StringBuilder b = new StringBuilder();
        if (ep != null) {
            b.append(ep.rest()).append(' ');
        }
        if (cmd != null) {
            b.append(cmd.rest());
        }
        return b.toString();
    }

    /** The stage's last working directory, resolved; null when unknown or set through a variable. */
    private String workdir() {
        String wd = null;
        for (Instruction in : s.body()) {
            if (in.is("WORKDIR")) {
                String p = in.rest();
                if (p.startsWith("\"") && p.endsWith("\"") && p.length() > 1) {
                    p = p.substring(1, p.length() - 1);
                }
                if (p.contains("$") || p.isEmpty()) {
                    return null;
                }
                wd = p.startsWith("/") ? p : (wd == null ? "/" : wd.endsWith("/") ? wd : wd + "/") + p;
            }
        }
        if (wd != null && wd.length() > 1 && wd.endsWith("/")) {
            wd = wd.substring(0, wd.length() - 1);
        }
        return "/".equals(wd) ? null : wd;
    }

    private String buildName() {
        String name = "build";
        int n = 1;
        while (taken(name)) {
            name = "build-" + (++n);
        }
        return name;
    }

    private boolean taken(String name) {
        for (Stage other : run.read.stages()) {
            if (other.name() != null && other.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
