package dev.dhipicker.cli;

import picocli.CommandLine;

import dev.dhipicker.i18n.Messages;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
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
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI and returns the exit code; output goes to the given writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = build(out, err, languageOf(args), commandOf(args));
        return cmd.execute(args);
    }

    /** The subcommands, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("catalog", CatalogCommand::new);
        COMMANDS.put("explain", ExplainCommand::new);
        COMMANDS.put("recommend", RecommendCommand::new);
        COMMANDS.put("dockerfile", DockerfileCommand::new);
        COMMANDS.put("sheet", SheetCommand::new);
        COMMANDS.put("migrate", MigrateCommand::new);
        COMMANDS.put("import-catalog", ImportCatalogCommand::new);
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
                return COMMANDS.containsKey(a) ? a : null;
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
        return build(out, err, locale, null);
    }

    static CommandLine build(PrintWriter out, PrintWriter err, Locale locale, String only) {
        Messages messages = Messages.forLocale(locale);
        CommandLine cmd = new CommandLine(new RootCommand());
        for (Map.Entry<String, Supplier<Object>> c : COMMANDS.entrySet()) {
            if (only == null || only.equals(c.getKey())) {
                cmd.addSubcommand(c.getKey(), c.getValue().get());
            }
        }
        cmd.setResourceBundle(ResourceBundle.getBundle(Messages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(false);
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

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\r", "").replace("\n", " ").strip();
    }
}
