package dev.dhipicker.cli;

import picocli.CommandLine;

import dev.dhipicker.i18n.Messages;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

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
        int code = run(args, out, err, CliContext.ofProcess(System.getenv(), System.getProperty("user.home")));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the CLI with the bundled catalog only (no user data folder, no proxy) and returns the
     * exit code; output goes to the given writers.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CliContext.isolated());
    }

    /** Runs the CLI in a context (data folder, clock, environment) and returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err, CliContext context) {
        PrintWriter safeErr = TerminalText.safe(err);
        Locale locale = languageOf(args);
        CommandLine cmd = build(TerminalText.safe(out), safeErr, locale, commandOf(args), context);
        try {
            int code = cmd.execute(args);
            // The age notice: one line on standard error after a command that succeeded (a failure
            // stays one line), never in the output, never changing the exit code.
            RootCommand root = cmd.getCommand();
            String notice = code == 0 ? root.ageNotice() : null;
            if (notice != null) {
                safeErr.println("dhi-picker: " + notice);
                safeErr.flush();
            }
            return code;
        } catch (OutOfMemoryError | StackOverflowError e) {
            // A hostile input (a huge catalog) must not end in a stack trace either.
            safeErr.println("dhi-picker: " + Messages.forLocale(locale).get(e instanceof OutOfMemoryError
                    ? "cli.error.memory" : "cli.error.tooDeep"));
            safeErr.flush();
            return FAILURE;
        }
    }

    /** The subcommands, in the order the help lists them. */
    private static final List<String> COMMANDS = List.of("catalog", "explain", "recommend", "dockerfile", "sheet",
            "migrate", "discover", "import-catalog", "update-catalog");

    /**
     * A new command object for a subcommand name. A switch rather than a table of constructor
     * references: each reference is a lambda whose bootstrap, and the class it names, a fresh JVM
     * would pay for although only one command runs.
     */
    private static Object newCommand(String name) {
        return switch (name) {
            case "catalog" -> new CatalogCommand();
            case "explain" -> new ExplainCommand();
            case "recommend" -> new RecommendCommand();
            case "dockerfile" -> new DockerfileCommand();
            case "sheet" -> new SheetCommand();
            case "migrate" -> new MigrateCommand();
            case "discover" -> new DiscoverCommand();
            case "import-catalog" -> new ImportCatalogCommand();
            case "update-catalog" -> new UpdateCatalogCommand();
            default -> throw new IllegalArgumentException("unknown command " + name);
        };
    }

    /**
     * The subcommand the arguments name, or null. Only that one is built: picocli reads every
     * command's annotations when it is added, which costs a fresh JVM noticeable start-up time.
     */
    static String commandOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--catalog") || a.equals("--lang")) {
                i++; // the option's value
            } else if (!a.startsWith("-")) {
                return COMMANDS.contains(a) ? a : null;
            }
        }
        return null;
    }

    /**
     * The language asked for with {@code --lang} (looked at before parsing, so that help and
     * errors are already in that language), else the system's.
     */
    static Locale languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                Locale l = parseLanguage(value);
                if (l != null) {
                    return l;
                }
            }
        }
        return Locale.getDefault();
    }

    /** The locale of a {@code --lang} value ({@code en}, {@code zh-CN}), or null when unknown. */
    static Locale parseLanguage(String value) {
        return switch (value) {
            case "en" -> Locale.ENGLISH;
            case "zh-CN", "zh_CN", "zh" -> Locale.SIMPLIFIED_CHINESE;
            default -> null;
        };
    }

    static CommandLine build(PrintWriter out, PrintWriter err, Locale locale) {
        return build(out, err, locale, null, CliContext.isolated());
    }

    static CommandLine build(PrintWriter out, PrintWriter err, Locale locale, String only, CliContext context) {
        Messages messages = Messages.forLocale(locale);
        CommandLine cmd = new CommandLine(new RootCommand(context));
        for (String name : COMMANDS) {
            if (only == null || only.equals(name)) {
                cmd.addSubcommand(name, newCommand(name));
            }
        }
        cmd.setResourceBundle(ResourceBundle.getBundle(Messages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        headings(cmd, messages);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(false);
        // '@file' arguments would read any file (even /dev/zero) and print it in errors.
        cmd.setExpandAtFiles(false);
        // Plain help text: colour codes would be escaped by the terminal-safe writers.
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + oneLine(ex.getMessage()) + " "
                    + messages.get("cli.error.seeHelp", c.getCommandSpec().qualifiedName() + " --help"));
            c.getErr().flush();
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof UserException u) {
                c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + oneLine(u.getMessage()));
                c.getErr().flush();
                return u.exitCode();
            }
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + messages.get("cli.error.internal",
                    oneLine(ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()))));
            c.getErr().flush();
            return FAILURE;
        });
        return cmd;
    }

    /** The help's own headings ("Usage:", "Commands:") in the language of the messages, on every command. */
    private static void headings(CommandLine cmd, Messages messages) {
        String usage = messages.get("cli.usage.synopsisHeading");
        // an ASCII colon wants a space before the synopsis; a full-width one carries its own
        String synopsis = usage.endsWith(":") ? usage + " " : usage;
        String commands = messages.get("cli.usage.commandListHeading") + "%n";
        cmd.getCommandSpec().usageMessage().synopsisHeading(synopsis).commandListHeading(commands);
        for (CommandLine sub : cmd.getSubcommands().values()) {
            headings(sub, messages);
        }
    }

    /**
     * Pads text to a column width counted in terminal cells (a CJK character takes two), so
     * that labels line up in both languages.
     */
    static String pad(String text, int width) {
        int cells = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            cells += Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN || (ch >= 0xFF00 && ch <= 0xFFEF)
                    || (ch >= 0x3000 && ch <= 0x303F) ? 2 : 1;
        }
        StringBuilder b = new StringBuilder(text);
        for (int i = cells; i < width; i++) {
            b.append(' ');
        }
        if (cells >= width) {
            b.append(' ');
        }
        return b.toString();
    }

    /** A file option given as an empty name ({@code -o ""}) is a usage error. */
    static void requireFileName(Messages messages, String option, java.nio.file.Path file) {
        if (file != null && file.toString().isBlank()) {
            throw new UserException(messages.get("cli.error.emptyFile", option), USAGE);
        }
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\r", "").replace("\n", " ").strip();
    }
}
