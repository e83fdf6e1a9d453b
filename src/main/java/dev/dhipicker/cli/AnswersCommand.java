package dev.dhipicker.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** What the commands that take the wizard's answers share: the parent, the answers, help. */
abstract class AnswersCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    RecommendOptions options = new RecommendOptions();

    // Not mixinStandardHelpOptions: its --version would clash with the --version answer.
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;
}
