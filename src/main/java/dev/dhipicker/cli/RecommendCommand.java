package dev.dhipicker.cli;

import dev.dhipicker.catalog.JsonText;
import dev.dhipicker.recommend.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code recommend}: the build/runtime pair for a set of answers, with the reasons. */
@Command(name = "recommend", description = {"${bundle:cli.recommend.description}", "${bundle:cli.recommend.exit}"})
final class RecommendCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    RecommendOptions options = new RecommendOptions();

    // Not mixinStandardHelpOptions: its --version would clash with the --version answer.
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            descriptionKey = "cli.option.format")
    OutputFormat format;

    @Override
    public Integer call() {
        Recommendation r = root.recommend(options);
        RecommendationView view = new RecommendationView(root.texts(), root.messages(), root.catalog().info());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(JsonText.write(view.json(r)));
        } else {
            view.printText(r, out);
        }
        out.flush();
        return 0;
    }

}
