package dev.dhipicker.export;

import java.util.List;

/**
 * Node.js: production dependencies are installed with {@code npm ci --omit=dev} in the dev stage;
 * the runtime image (user {@code node}, {@code CMD ["node"]}, no ENTRYPOINT) runs the entry file.
 */
final class NodeTemplate implements ProfileTemplate {

    @Override
    public void write(TemplateContext c) throws DockerfileException {
        String entry = c.entry("server.js", false);
        String app = c.runtimeWorkDir("/app");
        c.fromBuild();
        c.workDir("dockerfile.step.workDirBuild", app);
        c.comment("dockerfile.node.lock");
        c.instruction("COPY package.json package-lock.json ./");
        c.comment("dockerfile.node.ci");
        c.instruction("RUN npm ci --omit=dev");
        c.comment("dockerfile.step.copySource");
        c.instruction("COPY . .");

        c.fromRuntime(true);
        c.workDir("dockerfile.step.workDirRuntime", app);
        c.copyFromBuild("dockerfile.node.copy", app, app);
        c.comment("dockerfile.node.env");
        c.instruction("ENV NODE_ENV=production");
        c.user();
        c.comment("dockerfile.step.noExpose");
        c.cmd("dockerfile.node.cmd", List.of("node", entry), entry);
    }
}
