package dev.dhipicker.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the headless command line. Usage errors exit with 2 and one readable line;
 * failures exit with 1 and one readable line; no stack trace reaches the user.
 */
public final class Cli {
    /** Exit code for a usage error (bad option, missing argument). */
    public static final int USAGE = 2;
    /** Exit code for a failure (bad catalog, unwritable file, invalid input). */
    public static final int FAILURE = 1;

    private Cli() {
    }

    /** Runs the CLI with the process's standard streams and exits. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI and returns the exit code; output goes to the given writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = build(out, err);
        return cmd.execute(args);
    }

    /** Prints the top-level usage (used when the jar is started without a command and no GUI). */
    public static void printUsage(PrintWriter out) {
        build(out, out).usage(out);
        out.flush();
    }

    static CommandLine build(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new RootCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(false);
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + oneLine(ex.getMessage())
                    + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
            c.getErr().flush();
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof UserException u) {
                c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + oneLine(u.getMessage()));
                c.getErr().flush();
                return u.exitCode();
            }
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": internal error: "
                    + oneLine(ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage())));
            c.getErr().flush();
            return FAILURE;
        });
        return cmd;
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\r", "").replace("\n", " ").strip();
    }
}
