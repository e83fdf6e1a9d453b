package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ref.DistroFamily;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings about a stage's steps: what does not work on a shell-less, non-root runtime
 * image, and what changes on the new base (package manager, user, ports, certificates).
 */
final class StageRules {
    private static final Pattern USERADD = Pattern.compile("(^|[\\s;&|(])(useradd|adduser|groupadd|addgroup)\\s");
    private static final Pattern INSTALL = Pattern.compile(
            "(apt-get|apt|apk|yum|dnf|microdnf|zypper)\\s+(?:[^;&|]*\\s)?(install|add)\\s");
    private static final Pattern CA = Pattern.compile("(apt-get|apt|apk|yum|dnf|microdnf)\\b[^;&|]*\\bca-certificates\\b");
    private static final Pattern APK = Pattern.compile("(^|[\\s;&|(])apk\\s+(add|update|upgrade|del)\\b");
    private static final Pattern APT = Pattern.compile("(^|[\\s;&|(])apt(-get)?\\s+(install|update|upgrade|remove)\\b");
    private static final Pattern RPM = Pattern.compile("(^|[\\s;&|(])(yum|dnf|microdnf|rpm)\\s");
    private static final Pattern PORT = Pattern.compile("^(\\d+)(?:-(\\d+))?(?:/(tcp|udp|sctp))?$");

    /** Facts about the new image of a stage. */
    record Target(String reference, String user, Integer uid, DistroFamily distro, Integer upstreamPort,
                  Integer dhiPort) {
    }

    private StageRules() {
    }

    /** True when a {@code RUN} installs OS packages. */
    static boolean installsPackages(String script) {
        return INSTALL.matcher(script).find();
    }

    /** Findings for the steps of a build ({@code -dev}) stage. */
    static void build(List<Instruction> body, Target t, List<Finding> out) {
        for (Instruction in : body) {
            if (in.is("RUN")) {
                runChecks(in, t, out);
            }
        }
    }

    private static void runChecks(Instruction in, Target t, List<Finding> out) {
        String s = in.script();
        if (USERADD.matcher(s).find()) {
            out.add(new Finding(in.startLine(), Severity.WARNING, "useradd",
                    List.of(String.valueOf(t.user()), uid(t)), Sources.MIGRATE));
        }
        if (CA.matcher(s).find()) {
            out.add(new Finding(in.startLine(), Severity.INFO, "ca-certificates", List.of(), Sources.MIGRATE));
        }
        if (SplitPattern.PHP_EXT_RUN.matcher(s).find() && !s.contains("pecl install")
                && (t.reference().contains("/php:") || t.reference().contains("/dhi-php:"))) {
            out.add(new Finding(in.startLine(), Severity.WARNING, "php-ext-helper", List.of(),
                    Sources.PHP));
        }
        String wrong = t.distro() == DistroFamily.ALPINE
                ? (APT.matcher(s).find() ? "apt-get" : RPM.matcher(s).find() ? "yum/dnf" : null)
                : (APK.matcher(s).find() ? "apk" : RPM.matcher(s).find() ? "yum/dnf" : null);
        if (wrong != null) {
            out.add(new Finding(in.startLine(), Severity.WARNING, "package-manager",
                    List.of(wrong, t.distro() == DistroFamily.ALPINE ? "apk" : "apt-get"), Sources.MIGRATE));
        }
    }

    /**
     * Findings for the steps of a runtime stage, and the text each step should have: shell-form
     * {@code CMD}/{@code ENTRYPOINT} that are plain commands become exec form.
     *
     * @return for each instruction of {@code body}, its new text, or null when it stays as written
     */
    static String[] runtime(List<Instruction> body, Target t, boolean last, int fromLine, String input,
                            List<Finding> out) {
        String[] texts = new String[body.size()];
        boolean hasUser = false;
        for (int k = 0; k < body.size(); k++) {
            Instruction in = body.get(k);
            switch (in.keyword()) {
                case "CMD", "ENTRYPOINT" -> {
                    texts[k] = command(in, input, out);
                    nodePackageManager(in, t, out);
                }
                case "RUN" -> {
                    out.add(new Finding(in.startLine(), Severity.ERROR, "run-in-runtime", List.of(t.reference()),
                            Sources.MULTI_STAGE));
                    runChecks(in, t, out);
                }
                case "ONBUILD" -> {
                    if (in.trigger() != null && in.trigger().is("RUN")) {
                        out.add(new Finding(in.startLine(), Severity.WARNING, "onbuild-run", List.of(), Sources.REF + "#onbuild"));
                    }
                }
                case "USER" -> {
                    hasUser = true;
                    user(in, t, last, out);
                }
                case "EXPOSE" -> expose(in, t, out);
                case "HEALTHCHECK" -> healthcheck(in, t, out);
                case "VOLUME" -> out.add(new Finding(in.startLine(), Severity.INFO, "volume-owner",
                        List.of(in.rest(), uid(t)), Sources.VOLUME));
                case "WORKDIR" -> {
                    if (!in.rest().equals("/")) {
                        out.add(new Finding(in.startLine(), Severity.INFO, "workdir-owner",
                                List.of(in.rest(), uid(t)), Sources.WORKDIR));
                    }
                }
                default -> {
                }
            }
        }
        if (t.upstreamPort() != null && !t.upstreamPort().equals(t.dhiPort()) && body.stream().noneMatch(in -> in.is("EXPOSE")
                && java.util.Arrays.stream(in.rest().split("\\s+")).anyMatch(w -> exposes(w, t.upstreamPort())))) {
            // the app may rely on the image's default port without saying so (compose ports, probes)
            out.add(new Finding(fromLine, Severity.WARNING, "port-changed",
                    List.of(String.valueOf(t.upstreamPort()), String.valueOf(t.dhiPort())), Sources.MIGRATE));
        }
        if (last && !hasUser && t.uid() != null && t.uid() != 0) {
            out.add(new Finding(fromLine, Severity.INFO, "user-default", List.of(String.valueOf(t.user()), uid(t)), Sources.USER));
        }
        return texts;
    }

    private static final java.util.Set<String> NODE_PACKAGE_MANAGERS = java.util.Set.of("npm", "npx", "yarn", "pnpm",
            "corepack");

    /** npm and yarn come only with the DHI Node.js -dev images (the DHI node guide); a runtime CMD cannot use them. */
    private static void nodePackageManager(Instruction in, Target t, List<Finding> out) {
        if (!t.reference().contains("/node:") && !t.reference().contains("/dhi-node:")) {
            return;
        }
        List<String> words = in.exec() != null ? in.exec() : CommandForm.plainWords(in.rest());
        String first = words == null || words.isEmpty() ? in.rest().strip().split("\\s+")[0] : words.get(0);
        String name = first.substring(first.lastIndexOf('/') + 1);
        if (NODE_PACKAGE_MANAGERS.contains(name)) {
            out.add(new Finding(in.startLine(), Severity.ERROR, "npm-in-runtime", List.of(in.keyword(), name, t.reference()),
                    Sources.NODE));
        }
    }

    private static String command(Instruction in, String input, List<Finding> out) {
        if (in.exec() != null) {
            if (CommandForm.needsShell(in.exec())) {
                out.add(new Finding(in.startLine(), Severity.ERROR, "entrypoint-script",
                        List.of(in.keyword(), in.exec().get(0)), Sources.DEBUG));
            }
            return null;
        }
        List<String> words = CommandForm.plainWords(in.rest());
        if (words == null) {
            out.add(new Finding(in.startLine(), Severity.ERROR, "shell-form-needs-shell", List.of(in.keyword()),
                    in.is("CMD") ? Sources.CMD : Sources.ENTRYPOINT));
            return null;
        }
        if (CommandForm.needsShell(words)) {
            out.add(new Finding(in.startLine(), Severity.ERROR, "entrypoint-script",
                    List.of(in.keyword(), words.get(0)), Sources.DEBUG));
            return null;
        }
        out.add(new Finding(in.startLine(), Severity.INFO, "shell-form-converted", List.of(in.keyword()),
                in.is("CMD") ? Sources.CMD : Sources.ENTRYPOINT));
        String keyword = input.substring(in.start(), in.start() + in.keyword().length());
        return keyword + " " + ExecForm.format(words);
    }

    private static void user(Instruction in, Target t, boolean last, List<Finding> out) {
        String u = in.rest().split("\\s+")[0];
        String name = u.contains(":") ? u.substring(0, u.indexOf(':')) : u;
        if (name.equals("root") || name.equals("0")) {
            out.add(new Finding(in.startLine(), last ? Severity.ERROR : Severity.WARNING, "user-root",
                    List.of(String.valueOf(t.user()), uid(t)), Sources.USER));
        } else if (last && !name.matches("\\d+") && !name.equals(t.user())) {
            out.add(new Finding(in.startLine(), Severity.WARNING, "user-not-numeric",
                    List.of(name, String.valueOf(t.user()), uid(t)), Sources.USER));
        }
    }

    private static boolean exposes(String word, int port) {
        Matcher m = PORT.matcher(word);
        return m.matches() && Integer.parseInt(m.group(1)) == port;
    }

    private static void expose(Instruction in, Target t, List<Finding> out) {
        for (String w : in.rest().split("\\s+")) {
            Matcher m = PORT.matcher(w);
            if (!m.matches()) {
                continue;
            }
            int port = Integer.parseInt(m.group(1));
            if (t.upstreamPort() != null && port == t.upstreamPort()) {
                out.add(new Finding(in.startLine(), Severity.WARNING, "port-changed",
                        List.of(String.valueOf(port), String.valueOf(t.dhiPort())), Sources.MIGRATE));
            } else if (port < 1025) {
                out.add(new Finding(in.startLine(), Severity.WARNING, "low-port", List.of(String.valueOf(port)),
                        Sources.EXPOSE));
            }
        }
    }

    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9.:/_?&=%-]+");

    /**
     * A health check written with the interpreter the runtime image has, for an HTTP check done
     * with curl or wget ({@code HEALTHCHECK CMD ["python", "-c", ...]}); null when the image has
     * no interpreter for it or the URL cannot be read.
     */
    static String httpCheck(String reference, String command) {
        Matcher u = URL.matcher(command);
        if (!u.find()) {
            return null;
        }
        String url = u.group();
        if (reference.contains("/python:") || reference.contains("/dhi-python:")) {
            return "HEALTHCHECK CMD [\"python\", \"-c\", \"import urllib.request; urllib.request.urlopen('" + url
                    + "', timeout=5)\"]";
        }
        if (reference.contains("/node:") || reference.contains("/dhi-node:")) {
            return "HEALTHCHECK CMD [\"node\", \"-e\", \"fetch('" + url
                    + "').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))\"]";
        }
        return null;
    }

    private static void healthcheck(Instruction in, Target t, List<Finding> out) {
        String rest = in.rest();
        if (rest.equalsIgnoreCase("NONE")) {
            return;
        }
        String cmd = rest.length() > 3 && rest.substring(0, 3).equalsIgnoreCase("CMD") ? rest.substring(3).strip() : rest;
        List<String> exec = ExecForm.parse(cmd);
        if (exec == null || CommandForm.needsShell(exec) || CommandForm.usesHttpClient(cmd)) {
            String instead = CommandForm.usesHttpClient(cmd) ? httpCheck(t.reference(), cmd) : null;
            if (instead != null) {
                out.add(new Finding(in.startLine(), Severity.ERROR, "healthcheck-http", List.of(instead),
                        Sources.HEALTHCHECK));
            } else {
                out.add(new Finding(in.startLine(), Severity.ERROR, "healthcheck-shell", List.of(), Sources.HEALTHCHECK));
            }
        }
    }

    private static String uid(Target t) {
        return t.uid() == null ? "-" : String.valueOf(t.uid());
    }
}
