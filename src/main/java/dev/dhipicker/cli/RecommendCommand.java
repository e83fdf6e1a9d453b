package dev.dhipicker.cli;

import dev.dhipicker.catalog.JsonText;
import dev.dhipicker.recommend.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code recommend}: the build/runtime pair for a set of answers, with the reasons. */
@Command(name = "recommend", description = {"${bundle:cli.recommend.description}", "${bundle:cli.recommend.exit}"})
final class RecommendCommand extends AnswersCommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            descriptionKey = "cli.option.format")
    OutputFormat format;

    @Override
    public Integer call() {
        Recommendation r = root.recommend(options);
        RecommendationView view = new RecommendationView(root.texts(), root.messages(), root.catalog().info());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            java.util.Map<String, Object> json = view.json(r);
            json.put("catalog", root.catalogJson());
            out.println(JsonText.write(json));
        } else {
            view.printText(r, out);
        }
        out.flush();
        return 0;
    }

}
