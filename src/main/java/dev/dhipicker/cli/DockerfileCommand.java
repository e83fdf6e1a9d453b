package dev.dhipicker.cli;

import dev.dhipicker.export.DockerfileException;
import dev.dhipicker.export.DockerfileOptions;
import dev.dhipicker.export.DockerfileWriter;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dockerfile}: the multi-stage Dockerfile for the recommendation, on standard output or in a file. */
@Command(name = "dockerfile",
        description = {"Write a Dockerfile for the recommended images: FROM <build> AS build, then FROM <runtime>",
                "(one stage for an application image). Takes the answers of 'recommend'.",
                "Exit code 1 when no runtime image meets the answers, a value is unsafe, or the file cannot be written."})
final class DockerfileCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    RecommendOptions options = new RecommendOptions();

    // Not mixinStandardHelpOptions: its --version would clash with the --version answer.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the Dockerfile to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--pin-digest", description = "Pin references by digest where the catalog knows it (DHI chart images); otherwise a comment says how to pin.")
    boolean pinDigest;

    @Option(names = "--entry", paramLabel = "NAME",
            description = {"What to start or build (default per workload): python app.py (or a module name),",
                    "node server.js, go package '.', java jar target/*.jar, dotnet App.dll, rust binary app,",
                    "ruby app.rb, static-site build folder dist."})
    String entry;

    @Override
    public Integer call() {
        Recommendation r = root.recommend(options);
        Messages messages = Messages.english();
        DockerfileWriter writer = new DockerfileWriter(messages, root.catalog());
        DockerfileOptions opts = new DockerfileOptions(entry, pinDigest);
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (output == null) {
                out.print(writer.render(r, opts));
            } else {
                writer.save(r, opts, output, force);
                spec.commandLine().getErr().println(messages.get("dockerfile.cli.wrote", output.toString()));
                spec.commandLine().getErr().flush();
            }
        } catch (DockerfileException e) {
            if (e.reason() == DockerfileException.Reason.FILE_EXISTS) {
                throw new UserException(messages.get("dockerfile.cli.exists", output.toString()));
            }
            throw new UserException(e.getMessage());
        }
        out.flush();
        return 0;
    }
}
