package dev.dhipicker.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run-time dependencies a project declares, with the file and line of each: Python's
 * {@code requirements*.txt} (not those named for development, tests, docs, linting or CI),
 * {@code pyproject.toml} ({@code [project]} {@code dependencies}, {@code [tool.poetry.dependencies]} that are not optional)
 * and {@code Pipfile} ({@code [packages]}); Node.js's {@code package.json} ({@code dependencies}
 * and {@code optionalDependencies}). Development dependencies are left out: they are not installed
 * in the image that runs ({@code npm ci --omit=dev}, a production requirements file), so they do not
 * decide its C library. A requirement whose marker limits it to Windows or macOS is left out too.
 */
final class DeclaredDependencies {
    /** How many files of each kind are read. */
    static final int MAX_FILES = 200;
    private static final Pattern NAME = Pattern.compile("^\\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)");
    private static final Pattern NOT_LINUX = Pattern.compile(
            "(?:sys_platform|platform_system)\\s*==\\s*[\"'](?:win32|cygwin|darwin|Windows|Darwin)[\"']"
                    + "|\\bplatform\\s*=\\s*[\"'](?:win32|darwin)[\"']");
    private static final java.util.Set<String> DEVELOPMENT = java.util.Set.of("dev", "develop", "development", "test",
            "tests", "testing", "doc", "docs", "lint", "ci");
    private static final Pattern OPTIONAL = Pattern.compile("\\boptional\\s*=\\s*true\\b");
    private static final Pattern TOML_KEY = Pattern.compile("^\\s*(?:\"([^\"]+)\"|'([^']+)'|([A-Za-z0-9._-]+))\\s*=");

    /**
     * One declared dependency.
     *
     * @param name its name (Python names normalised as PEP 503 does)
     * @param file the file, relative to the project root
     * @param line 1-based line
     */
    record Dependency(String name, String file, int line) {
    }

    private DeclaredDependencies() {
    }

    /** Python's name normalisation: lower case, each run of {@code -}, {@code _}, {@code .} one {@code -}. */
    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /** The Python dependencies of every requirements file, pyproject.toml and Pipfile in the project. */
    static List<Dependency> python(ProjectFiles files) {
        List<Dependency> out = new ArrayList<>();
        for (String f : files.find(DeclaredDependencies::runtimeRequirements, MAX_FILES)) {
            requirements(f, files.read(f), out);
        }
        for (String f : files.find(n -> n.equals("pyproject.toml"), MAX_FILES)) {
            pyproject(f, files.read(f), out);
        }
        for (String f : files.find(n -> n.equals("Pipfile"), MAX_FILES)) {
            tomlTable(f, files.read(f), "packages", out);
        }
        return out;
    }

    /** The Node.js dependencies of every package.json in the project. */
    static List<Dependency> node(ProjectFiles files) {
        List<Dependency> out = new ArrayList<>();
        for (String f : files.find(n -> n.equals("package.json"), MAX_FILES)) {
            String text = files.read(f);
            if (text != null) {
                for (int[] key : PackageJson.dependencyKeys(text)) {
                    out.add(new Dependency(text.substring(key[0], key[1]), f, lineOf(text, key[0])));
                }
            }
        }
        return out;
    }

    /** {@code requirements.txt}, {@code requirements-prod.txt}; not {@code requirements-dev.txt} or {@code -test}. */
    static boolean runtimeRequirements(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (!n.startsWith("requirements") || !n.endsWith(".txt")) {
            return false;
        }
        String middle = n.substring("requirements".length(), n.length() - ".txt".length());
        for (String word : middle.split("[-_.]+")) {
            if (DEVELOPMENT.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** One requirement per line; options ({@code -r}, {@code -e}, {@code --hash}), URLs and comments skipped. */
    static void requirements(String file, String text, List<Dependency> out) {
        if (text == null) {
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf(" #");
            line = (line.strip().startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line).strip();
            if (line.isEmpty() || line.startsWith("-") || line.contains("://") && !line.contains("@")) {
                continue;
            }
            requirement(line, file, i + 1, out);
        }
    }

    /** A PEP 508 requirement: {@code name[extras] specifiers ; marker} or {@code name @ url}. */
    private static void requirement(String spec, String file, int line, List<Dependency> out) {
        Matcher m = NAME.matcher(spec);
        if (!m.find()) {
            return;
        }
        int semi = spec.indexOf(';');
        if (semi >= 0 && !spec.substring(semi).contains(" or ") && NOT_LINUX.matcher(spec.substring(semi)).find()) {
            return;
        }
        out.add(new Dependency(normalise(m.group(1)), file, line));
    }

    /** {@code [project] dependencies = [...]} and {@code [tool.poetry.dependencies]}. */
    static void pyproject(String file, String text, List<Dependency> out) {
        if (text == null) {
            return;
        }
        tomlTable(file, text, "tool.poetry.dependencies", out);
        String[] lines = text.split("\n", -1);
        String table = "";
        boolean inList = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!inList && line.startsWith("[")) {
                table = line.replaceAll("^\\[+|\\]+.*$", "").strip();
                continue;
            }
            if (!inList && table.equals("project") && line.matches("dependencies\\s*=\\s*\\[.*")) {
                inList = true;
                line = line.substring(line.indexOf('[') + 1);
            }
            if (inList) {
                int close = closingBracket(line);
                for (String s : strings(close < 0 ? line : line.substring(0, close))) {
                    requirement(s, file, i + 1, out);
                }
                inList = close < 0;
            }
        }
    }

    /** The keys of one TOML table (each a package), {@code python} left out. */
    private static void tomlTable(String file, String text, String wanted, List<Dependency> out) {
        if (text == null) {
            return;
        }
        String[] lines = text.split("\n", -1);
        String table = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("[")) {
                table = line.replaceAll("^\\[+|\\]+.*$", "").strip();
                continue;
            }
            Matcher k = TOML_KEY.matcher(line);
            if (table.equals(wanted) && !line.startsWith("#") && k.find()) {
                String name = k.group(1) != null ? k.group(1) : k.group(2) != null ? k.group(2) : k.group(3);
                String value = line.substring(k.end());
                if (!name.equalsIgnoreCase("python") && !NOT_LINUX.matcher(value).find()
                        && !OPTIONAL.matcher(value).find()) {
                    out.add(new Dependency(normalise(name), file, i + 1));
                }
            }
        }
    }

    /** The quoted strings of a TOML array line (comments after {@code #} outside strings dropped). */
    private static List<String> strings(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '#') {
                break;
            }
            if (c == '"' || c == '\'') {
                int end = line.indexOf(c, i + 1);
                if (end < 0) {
                    break;
                }
                out.add(line.substring(i + 1, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The index of the {@code ]} that closes the array on this line, outside strings, or -1. */
    private static int closingBracket(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return -1;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    static int lineOf(String text, int at) {
        int line = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
