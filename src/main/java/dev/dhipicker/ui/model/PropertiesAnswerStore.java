package dev.dhipicker.ui.model;

import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.SizePriority;
import dev.dhipicker.util.AtomicFiles;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;

/**
 * Keeps the last answers and the window's size and position in one small properties file,
 * {@code $XDG_CONFIG_HOME/dhi-picker/wizard.properties} (or {@code ~/.config/dhi-picker/...}).
 * Written atomically (temp file, then move); a file that cannot be read or makes no sense is
 * ignored and the wizard starts with its defaults. Remembering is a convenience: a failed write
 * changes nothing the user sees.
 */
public final class PropertiesAnswerStore implements AnswerStore, WindowPlacementStore {
    static final String FILE_NAME = "wizard.properties";
    private static final String[] ANSWER_KEYS = {"workload", "version", "libc", "size", "compliance", "helm", "org", "flavor"};
    private static final String[] WINDOW_KEYS = {"window.x", "window.y", "window.width", "window.height"};

    private final Path file;

    /** A store in the given file (its folder is created on the first save). */
    public PropertiesAnswerStore(Path file) {
        this.file = file;
    }

    /** The user's file: under {@code $XDG_CONFIG_HOME}, or {@code ~/.config} when that is not set. */
    public static PropertiesAnswerStore forUser(Map<String, String> env, String userHome) {
        return new PropertiesAnswerStore(configDir(env, userHome).resolve("dhi-picker").resolve(FILE_NAME));
    }

    static Path configDir(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec: a relative value is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(userHome, ".config");
    }

    /** The file the store reads and writes. */
    public Path file() {
        return file;
    }

    @Override
    public Optional<Answers> load() {
        Properties p = read();
        String workload = p.getProperty("workload");
        if (workload == null || workload.isBlank()) {
            return Optional.empty();
        }
        LibcNeed libc = LibcNeed.fromId(p.getProperty("libc", "any"));
        SizePriority size = SizePriority.fromId(p.getProperty("size", "balanced"));
        ComplianceNeed compliance = ComplianceNeed.fromId(p.getProperty("compliance", "none"));
        HelmUse helm = HelmUse.fromId(p.getProperty("helm", "none"));
        if (libc == null || size == null || compliance == null || helm == null) {
            return Optional.empty(); // written by another version: start fresh
        }
        return Optional.of(new Answers(workload, p.getProperty("version"), libc, size, compliance, helm,
                p.getProperty("org"), p.getProperty("flavor")));
    }

    @Override
    public void save(Answers a) {
        Properties p = read();
        p.setProperty("workload", a.workload());
        putOrRemove(p, "version", a.version());
        p.setProperty("libc", a.libc().id());
        p.setProperty("size", a.size().id());
        p.setProperty("compliance", a.compliance().id());
        p.setProperty("helm", a.helm().id());
        putOrRemove(p, "org", a.org());
        putOrRemove(p, "flavor", a.flavor());
        write(p);
    }

    @Override
    public void clear() {
        Properties p = read();
        for (String k : ANSWER_KEYS) {
            p.remove(k);
        }
        write(p);
    }

    @Override
    public Optional<WindowPlacement> loadPlacement() {
        Properties p = read();
        double[] v = new double[WINDOW_KEYS.length];
        for (int i = 0; i < v.length; i++) {
            OptionalDouble d = number(p.getProperty(WINDOW_KEYS[i]));
            if (d.isEmpty()) {
                return Optional.empty();
            }
            v[i] = d.getAsDouble();
        }
        return Optional.of(new WindowPlacement(v[0], v[1], v[2], v[3]));
    }

    @Override
    public void savePlacement(WindowPlacement w) {
        Properties p = read();
        double[] v = {w.x(), w.y(), w.width(), w.height()};
        for (int i = 0; i < v.length; i++) {
            p.setProperty(WINDOW_KEYS[i], String.valueOf(Math.round(v[i])));
        }
        write(p);
    }

    private static OptionalDouble number(String s) {
        if (s == null) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(s.strip());
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static void putOrRemove(Properties p, String key, String value) {
        if (value == null) {
            p.remove(key);
        } else {
            p.setProperty(key, value);
        }
    }

    /** The file's entries; nothing when it is missing, unreadable or malformed. */
    private Properties read() {
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) {
            return p;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return new Properties(); // unreadable or malformed: the defaults
        }
        return p;
    }

    private void write(Properties p) {
        try {
            StringWriter out = new StringWriter();
            p.store(out, null); // not user-facing: no comment line
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException | RuntimeException e) {
            // Remembering is a convenience; the wizard works without it.
        }
    }
}
