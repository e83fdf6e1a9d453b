package dev.dhipicker.export;

import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommendation.ImageChoice;

import java.util.List;

/**
 * What a template needs to write its stages, with helpers that write the common instructions
 * (FROM, COPY from the build stage with the runtime user's ownership, USER, EXPOSE, CMD/ENTRYPOINT)
 * from checked values only.
 */
final class TemplateContext {
    /** Name of the build stage. */
    static final String BUILD_STAGE = "build";

    private final Recommendation recommendation;
    private final DockerfileOptions options;
    private final DockerfileText out;
    private final SafeValues safe;
    private final FromImage build;
    private final FromImage runtime;

    TemplateContext(Recommendation recommendation, DockerfileOptions options, DockerfileText out, SafeValues safe,
                    FromImage build, FromImage runtime) {
        this.recommendation = recommendation;
        this.options = options;
        this.out = out;
        this.safe = safe;
        this.build = build;
        this.runtime = runtime;
    }

    Recommendation recommendation() {
        return recommendation;
    }

    DockerfileText out() {
        return out;
    }

    SafeValues safe() {
        return safe;
    }

    ImageChoice runtimeImage() {
        return recommendation.runtime();
    }

    ImageChoice buildImage() {
        return recommendation.build();
    }

    /** The runtime's catalog definition (never null for a recommendation with a runtime). */
    ImageDefinition runtimeDefinition() {
        return recommendation.runtime().definition();
    }

    /** The build image's repository ({@code maven}, or {@code eclipse-temurin} when Maven lacks the JDK). */
    String buildRepository() {
        return recommendation.build() == null ? null : recommendation.build().repository();
    }

    /** True when the runtime image runs as root (then any port may be exposed and no USER is written). */
    boolean runtimeRunsAsRoot() {
        ImageChoice r = recommendation.runtime();
        return (r.uid() != null && r.uid() == 0) || "root".equals(r.user());
    }

    /** The option's entry, checked as a relative path, or the default. */
    String entry(String fallback, boolean glob) throws DockerfileException {
        String e = options.entry() == null ? fallback : options.entry();
        return safe.relativePath("entry", e, glob);
    }

    /** The option's entry, checked as a plain name, or the default. */
    String entryName(String fallback) throws DockerfileException {
        return safe.word("entry", options.entry() == null ? fallback : options.entry());
    }

    /** The runtime's working directory from the catalog, or the fallback. */
    String runtimeWorkDir(String fallback) throws DockerfileException {
        String w = runtimeDefinition() == null ? null : runtimeDefinition().workDir();
        return safe.absolutePath("workDir", w == null ? fallback : w);
    }

    /** {@code uid:gid} of the runtime user (gid defaults to the uid), or null when the catalog has no uid. */
    String owner() throws DockerfileException {
        ImageChoice r = recommendation.runtime();
        if (r.uid() == null) {
            return null;
        }
        int uid = safe.id("uid", r.uid());
        int gid = r.gid() == null ? uid : safe.id("gid", r.gid());
        return uid + ":" + gid;
    }

    /** A comment line from the bundle. */
    void comment(String key, Object... args) {
        out.comment(key, args);
    }

    /** {@code FROM <build> AS build}. */
    void fromBuild() {
        out.blank();
        ImageChoice b = recommendation.build();
        String key;
        if (recommendation.profile() != null
                && recommendation.profile().buildKind() == dev.dhipicker.catalog.WorkloadProfile.BuildKind.SDK) {
            key = "dockerfile.step.fromSdk";
        } else if (b.runsAsRoot()) {
            key = "dockerfile.step.fromBuild";
        } else {
            key = "dockerfile.step.fromBuildUser";
        }
        out.comment(key, b.repository(), String.valueOf(b.user()));
        out.instruction("FROM " + build.text() + " AS " + BUILD_STAGE);
    }

    /** {@code FROM <runtime>}: the final stage. */
    void fromRuntime(boolean multiStage) {
        out.blank();
        ImageChoice r = recommendation.runtime();
        String key;
        if (!multiStage) {
            key = "dockerfile.step.fromApplication";
        } else if (r.definition().shell() || r.definition().packageManager()) {
            key = "dockerfile.step.fromRuntimeTools";
        } else {
            key = "dockerfile.step.fromRuntime";
        }
        out.comment(key, r.repository());
        out.instruction("FROM " + runtime.text());
    }

    /** {@code WORKDIR}, with a comment. */
    void workDir(String key, String path) throws DockerfileException {
        out.comment(key, path);
        out.instruction("WORKDIR " + safe.absolutePath("workDir", path));
    }

    /** {@code COPY --from=build --chown=<uid>:<gid> <src> <dest>}, with a comment naming the owner. */
    void copyFromBuild(String key, String src, String dest) throws DockerfileException {
        String owner = owner();
        out.comment(key, owner == null ? "-" : owner, String.valueOf(recommendation.runtime().user()));
        out.instruction("COPY --from=" + BUILD_STAGE + (owner == null ? "" : " --chown=" + owner) + " "
                + safe.absolutePath("source", src) + " " + safe.absolutePath("target", dest));
    }

    /** {@code COPY --chown=<uid>:<gid> <context file> <dest>} from the build context. */
    void copyFromContext(String key, String src, String dest) throws DockerfileException {
        String owner = owner();
        out.comment(key, src, dest, owner == null ? "-" : owner);
        out.instruction("COPY" + (owner == null ? "" : " --chown=" + owner) + " "
                + safe.relativePath("source", src, false) + " " + safe.absolutePath("target", dest));
    }

    /** {@code USER <uid>:<gid>} for a non-root runtime whose uid is known: the same user as the image, numerically. */
    void user() throws DockerfileException {
        String owner = owner();
        if (owner == null || runtimeRunsAsRoot()) {
            return;
        }
        out.comment("dockerfile.step.user", String.valueOf(recommendation.runtime().user()), owner);
        out.instruction("USER " + owner);
    }

    /**
     * The ports the workload listens on: the runtime image's own from the catalog, else the port of
     * the workload profile (PHP-FPM's 9000, ASP.NET Core's 8080, nginx's 8080), else none.
     */
    List<String> ports() {
        List<String> own = runtimeDefinition().ports();
        if (!own.isEmpty()) {
            return own;
        }
        Integer port = recommendation.profile() == null ? null : recommendation.profile().port();
        return port == null ? List.of() : List.of(port + "/tcp");
    }

    /** {@code EXPOSE} for each port the image may bind; a comment for privileged ports of a non-root image. */
    void expose(List<String> ports) throws DockerfileException {
        for (String p : ports) {
            int n = safe.port("port", p);
            if (n < 1025 && !runtimeRunsAsRoot()) {
                out.comment("dockerfile.step.privilegedPort", n, String.valueOf(recommendation.runtime().uid()));
                continue;
            }
            out.comment("dockerfile.step.expose", n);
            out.instruction("EXPOSE " + p);
        }
    }

    /** {@code CMD [...]} in exec form. */
    void cmd(String key, List<String> args, Object... commentArgs) throws DockerfileException {
        out.comment(key, commentArgs);
        out.instruction("CMD " + safe.execForm("cmd", args));
    }

    /** {@code ENTRYPOINT [...]} in exec form. */
    void entrypoint(String key, List<String> args, Object... commentArgs) throws DockerfileException {
        out.comment(key, commentArgs);
        out.instruction("ENTRYPOINT " + safe.execForm("entrypoint", args));
    }

    /** An instruction of fixed template text (only safe values interpolated by the caller). */
    void instruction(String text) {
        out.instruction(text);
    }
}
