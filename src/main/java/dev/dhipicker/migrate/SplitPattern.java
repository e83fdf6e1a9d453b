package dev.dhipicker.migrate;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The final-stage shapes that split into a {@code -dev} build stage and a runtime stage, the same
 * shapes the Dockerfile export writes: a Python virtual environment, a Node.js app directory, a
 * Java jar, a Go binary, a published .NET app, static files served by nginx; and PHP extensions
 * built in the {@code -dev} image, copied with their ini files.
 */
enum SplitPattern {
    PIP, NPM, JAR, GO, DOTNET, STATIC, PHP_EXT;

    /** The Python virtual environment the build stage creates and the runtime stage copies. */
    static final String VENV = "/opt/venv";
    private static final Pattern PIP_RUN = Pattern.compile("\\b(pip3?|pipenv|poetry|uv)\\s+(install|sync|pip)\\b");
    private static final Pattern NPM_RUN = Pattern.compile("\\b(npm|yarn|pnpm)\\b");
    private static final Pattern JAVA_RUN = Pattern.compile("\\b(mvn|mvnw|gradle|gradlew)\\b");
    private static final Pattern GO_RUN = Pattern.compile("\\bgo\\s+build\\b");
    private static final Pattern DOTNET_RUN = Pattern.compile("\\bdotnet\\s+publish\\b");
    static final Pattern PHP_EXT_RUN = Pattern.compile(
            "\\b(docker-php-ext-(?:install|enable|configure)|install-php-extensions|pecl\\s+install)\\b");
    /** Where the DHI PHP images keep extensions and their ini files (the variables are set by the images). */
    static final List<String> PHP_PATHS = List.of("$PHP_PREFIX/lib/php/extensions", "$PHP_INI_DIR/conf.d");
    private static final Pattern OUTPUT = Pattern.compile("(?:^|\\s)(?:-o|--output)[\\s=]+([^\\s;&|]+)");
    private static final Pattern JAR_ARG = Pattern.compile("-jar\\s*\"?,?\\s*\"?([^\\s\",\\]]+\\.jar)");
    private static final Set<String> JAVA_REPOS = Set.of("eclipse-temurin", "amazoncorretto", "maven", "gradle",
            "sapmachine", "azul");

    /** The pattern a final stage matches, or null. */
    static SplitPattern detect(String workload, String repository, String script) {
        if (workload.equals("python") && PIP_RUN.matcher(script).find()) {
            return PIP;
        }
        if (workload.equals("node") && NPM_RUN.matcher(script).find()) {
            return NPM;
        }
        if ((workload.equals("java") || JAVA_REPOS.contains(repository)) && JAVA_RUN.matcher(script).find()) {
            return JAR;
        }
        if (workload.equals("go") && GO_RUN.matcher(script).find()) {
            return GO;
        }
        if (workload.equals("dotnet") && DOTNET_RUN.matcher(script).find()) {
            return DOTNET;
        }
        if (repository.equals("php") && PHP_EXT_RUN.matcher(script).find()) {
            return PHP_EXT;
        }
        if (repository.equals("nginx") && !StageRules.installsPackages(script)) {
            return STATIC;
        }
        return null;
    }

    /** The engine workload whose runtime image the split stage gets. */
    String runtimeWorkload(String workload) {
        return this == JAR ? "java" : workload;
    }

    /**
     * The paths the runtime stage copies from the build stage.
     *
     * @param workdir the stage's last working directory, or null
     * @param script  the build steps
     * @param command the CMD/ENTRYPOINT words
     * @return the paths, or null when they cannot be known
     */
    List<String> copies(String workdir, String script, String command) {
        switch (this) {
            case PIP:
                return workdir == null ? List.of(VENV) : List.of(VENV, workdir);
            case STATIC:
                return List.of("/usr/share/nginx/html", "/etc/nginx");
            case PHP_EXT: {
                List<String> out = new java.util.ArrayList<>(PHP_PATHS);
                if (workdir != null) {
                    out.add(workdir);
                }
                return out;
            }
            case JAR: {
                Matcher m = JAR_ARG.matcher(command);
                if (m.find()) {
                    String jar = resolve(workdir, m.group(1));
                    return jar == null ? null : List.of(jar);
                }
                return workdir == null ? null : List.of(workdir);
            }
            case GO:
            case DOTNET: {
                Matcher m = OUTPUT.matcher(script);
                if (m.find()) {
                    String out = resolve(workdir, m.group(1));
                    return out == null ? null : List.of(out);
                }
                return workdir == null ? null : List.of(workdir);
            }
            default:
                return workdir == null ? null : List.of(workdir);
        }
    }

    private static String resolve(String workdir, String path) {
        if (path.contains("$") || path.contains("*")) {
            return null;
        }
        if (path.startsWith("/")) {
            return path;
        }
        if (workdir == null) {
            return null;
        }
        String p = path.startsWith("./") ? path.substring(2) : path;
        return workdir.endsWith("/") ? workdir + p : workdir + "/" + p;
    }
}
