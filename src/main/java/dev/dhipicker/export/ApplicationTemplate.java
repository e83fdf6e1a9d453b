package dev.dhipicker.export;

import dev.dhipicker.catalog.ImageDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An application image (redis, postgres, nginx...) run as it is: one stage that copies a
 * configuration file where the image reads it, with the notes that matter (data directory owner,
 * ports). The configuration path comes from the catalog's command line when it names a file, else
 * from a short table of well-known images, else the template says where to look.
 */
final class ApplicationTemplate implements ProfileTemplate {

    /** A configuration file the image reads, and the command that makes it read the file (or empty). */
    record Config(String file, String target, List<String> cmd) {
    }

    /** Well-known images whose configuration path the catalog does not give. */
    private static final Map<String, Config> KNOWN = Map.of(
            "nginx", new Config("nginx.conf", "/etc/nginx/nginx.conf", List.of()),
            "postgres", new Config("postgresql.conf", "/etc/postgresql/postgresql.conf",
                    List.of("postgres", "-c", "config_file=/etc/postgresql/postgresql.conf")));

    private static final List<String> CONFIG_SUFFIXES = List.of(".conf", ".cnf", ".cfg", ".ini", ".yaml", ".yml",
            ".toml", ".json", ".xml", ".properties");

    @Override
    public void write(TemplateContext c) throws DockerfileException {
        ImageDefinition d = c.runtimeDefinition();
        String repo = c.runtimeImage().repository();
        c.fromRuntime(false);
        Config config = configOf(d, repo);
        if (config != null) {
            c.copyFromContext("dockerfile.app.config", config.file(), config.target());
        } else {
            c.comment("dockerfile.app.noConfig", repo);
        }
        if (d.workDir() != null) {
            String dir = c.safe().absolutePath("workDir", d.workDir());
            c.comment("dockerfile.app.dataDir", dir, String.valueOf(c.runtimeImage().uid()),
                    String.valueOf(c.runtimeImage().gid() == null ? c.runtimeImage().uid() : c.runtimeImage().gid()));
        } else if (!c.runtimeRunsAsRoot()) {
            c.comment("dockerfile.app.volumes", String.valueOf(c.runtimeImage().uid()));
        }
        c.user();
        if (d.ports().isEmpty()) {
            c.comment("dockerfile.app.noPorts");
        } else {
            c.expose(d.ports());
        }
        if (config != null && !config.cmd().isEmpty()) {
            c.cmd("dockerfile.app.cmdConfig", config.cmd(), config.target());
        } else {
            c.comment("dockerfile.app.keepsCommand", commandOf(d));
        }
    }

    /** The configuration file named by the image's command line, or the well-known one. */
    static Config configOf(ImageDefinition d, String repo) {
        List<String> line = new ArrayList<>(d.entrypoint());
        line.addAll(d.cmd());
        for (String arg : line) {
            String lower = arg.toLowerCase(Locale.ROOT);
            if (arg.startsWith("/") && CONFIG_SUFFIXES.stream().anyMatch(lower::endsWith)) {
                return new Config(arg.substring(arg.lastIndexOf('/') + 1), arg, List.of());
            }
        }
        return KNOWN.get(repo);
    }

    /** The image's own command line, for the comment (flattened by the comment writer). */
    private static String commandOf(ImageDefinition d) {
        List<String> line = new ArrayList<>(d.entrypoint());
        line.addAll(d.cmd());
        return line.isEmpty() ? "-" : String.join(" ", line);
    }
}
