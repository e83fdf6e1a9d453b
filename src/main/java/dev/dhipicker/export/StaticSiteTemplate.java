package dev.dhipicker.export;

import java.util.List;

/**
 * Static site: built with {@code npm ci && npm run build} on the Node dev image and served by
 * the nginx runtime (non-root, listening on 8080) from {@code /usr/share/nginx/html}.
 */
final class StaticSiteTemplate implements ProfileTemplate {
    /** nginx's document root; the DHI image gives it to the nginx user. */
    static final String HTML = "/usr/share/nginx/html";

    @Override
    public void write(TemplateContext c) throws DockerfileException {
        String dist = c.entry("dist", false);
        if (dist.endsWith("/")) {
            dist = dist.substring(0, dist.length() - 1);
        }
        if (dist.startsWith("./")) {
            dist = dist.substring(2);
        }
        c.fromBuild();
        c.workDir("dockerfile.step.workDirBuild", "/site");
        c.comment("dockerfile.node.lock");
        c.instruction("COPY package.json package-lock.json ./");
        c.comment("dockerfile.site.ci");
        c.instruction("RUN npm ci");
        c.comment("dockerfile.step.copySource");
        c.instruction("COPY . .");
        c.comment("dockerfile.site.build", dist);
        c.instruction("RUN npm run build");

        c.fromRuntime(true);
        c.copyFromBuild("dockerfile.site.copy", "/site/" + dist + "/", HTML + "/");
        c.user();
        List<String> ports = c.ports();
        c.expose(ports);
        c.comment("dockerfile.site.serve");
    }
}
