package dev.dhipicker.export;

import dev.dhipicker.catalog.ImageDefinition;

/**
 * A language or framework image without a profile of its own (bun, deno, perl, elixir...): the
 * source is built in the repository's dev image and the result is copied into its runtime image,
 * which keeps its own entry point. The build command is the project's, so the template leaves a
 * marked place for it rather than guessing one.
 */
final class FrameworkTemplate implements ProfileTemplate {
    private static final String SRC = "/app";

    @Override
    public void write(TemplateContext c) throws DockerfileException {
        ImageDefinition rt = c.runtimeDefinition();
        String appDir = c.runtimeWorkDir(SRC);
        c.fromBuild();
        c.workDir("dockerfile.step.workDirBuild", SRC);
        c.comment("dockerfile.step.copySource");
        c.instruction("COPY . .");
        c.comment("dockerfile.framework.build", c.buildImage().repository());

        c.fromRuntime(true);
        c.workDir("dockerfile.step.workDirRuntime", appDir);
        c.copyFromBuild("dockerfile.framework.copy", SRC, appDir);
        c.user();
        if (rt.ports().isEmpty()) {
            c.comment("dockerfile.step.noExpose");
        } else {
            c.expose(rt.ports());
        }
        c.comment("dockerfile.framework.command", commandOf(rt));
    }

    private static String commandOf(ImageDefinition d) {
        java.util.List<String> line = new java.util.ArrayList<>(d.entrypoint());
        line.addAll(d.cmd());
        return line.isEmpty() ? "-" : String.join(" ", line);
    }
}
