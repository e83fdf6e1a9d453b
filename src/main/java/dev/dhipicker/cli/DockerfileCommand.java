package dev.dhipicker.cli;

import dev.dhipicker.export.DockerfileException;
import dev.dhipicker.export.DockerfileOptions;
import dev.dhipicker.export.DockerfileWriter;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code dockerfile}: the multi-stage Dockerfile for the recommendation, on standard output or in a file. */
@Command(name = "dockerfile", description = {"${bundle:cli.dockerfile.description}", "${bundle:cli.dockerfile.exit}"})
final class DockerfileCommand extends AnswersCommand {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            descriptionKey = "cli.dockerfile.output")
    Path output;

    @Option(names = "--force", descriptionKey = "cli.option.force")
    boolean force;

    @Option(names = "--pin-digest", descriptionKey = "cli.dockerfile.pinDigest")
    boolean pinDigest;

    @Option(names = "--entry", paramLabel = "NAME",
            descriptionKey = "cli.dockerfile.entry")
    String entry;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        Cli.requireFileName(messages, "--output", output);
        Recommendation r = root.recommend(options);
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
