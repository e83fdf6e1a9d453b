package dev.dhipicker.export;

import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.i18n.Messages;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The guard between catalog strings and the Dockerfile: every value that is interpolated into an
 * instruction passes one of these checks first, so a hostile catalog or option value (a line break,
 * a blank, {@code #}, instruction text, shell syntax) is rejected with a clear message and never written.
 */
final class SafeValues {
    /** Sample organisation substituted for {@code ${ORG}} to check the rest of a mirrored reference. */
    static final String SAMPLE_ORG = "sample-org";

    private static final Pattern ABSOLUTE_PATH = Pattern.compile("/(?:[A-Za-z0-9_][A-Za-z0-9_.+-]*/?)*");
    private static final Pattern RELATIVE = Pattern.compile("\\.|(?:\\./)?[A-Za-z0-9_*][A-Za-z0-9_.*+-]*(?:/[A-Za-z0-9_*][A-Za-z0-9_.*+-]*)*/?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]*");
    /** A port or a port range as EXPOSE takes them: {@code 8080}, {@code 8080/tcp}, {@code 4510-4559/udp}. */
    private static final Pattern PORT = Pattern.compile("([0-9]{1,5})(?:-([0-9]{1,5}))?(?:/(tcp|udp|sctp))?");
    private static final Pattern ARGUMENT = Pattern.compile("[A-Za-z0-9_./:=@+,-]+");
    private static final int MAX = 255;

    private final Messages messages;

    SafeValues(Messages messages) {
        this.messages = messages;
    }

    /** A reference that parses and formats back to the same text. */
    String reference(String what, String text) throws DockerfileException {
        try {
            ImageReference parsed = ImageReference.parse(text);
            if (!parsed.format().equals(text)) {
                throw unsafe(what, text, messages.get("dockerfile.unsafe.notCanonical", parsed.format()));
            }
            return text;
        } catch (InvalidReferenceException e) {
            throw unsafe(what, text, e.getMessage());
        }
    }

    /** The part of a mirrored reference after the organisation ({@code dhi-python:3.14-fips}), checked with a sample organisation. */
    String mirroredRest(String what, String rest) throws DockerfileException {
        String sample = SAMPLE_ORG + "/" + rest;
        String checked = reference(what, sample);
        try {
            if (!ImageReference.parse(checked).mirrored()) {
                throw unsafe(what, rest, messages.get("dockerfile.unsafe.notMirrored"));
            }
        } catch (InvalidReferenceException e) {
            throw unsafe(what, rest, e.getMessage());
        }
        return rest;
    }

    /** An absolute path of plain characters without {@code ..}. */
    String absolutePath(String what, String path) throws DockerfileException {
        if (path == null || path.length() > MAX || !ABSOLUTE_PATH.matcher(path).matches() || dotDot(path)) {
            throw unsafe(what, path, messages.get("dockerfile.unsafe.path"));
        }
        return path;
    }

    /** A relative path inside the build context (glob {@code *} allowed only when asked), without {@code ..}. */
    String relativePath(String what, String path, boolean glob) throws DockerfileException {
        if (path == null || path.length() > MAX || !RELATIVE.matcher(path).matches() || dotDot(path)
                || (!glob && path.contains("*"))) {
            throw unsafe(what, path, messages.get(glob ? "dockerfile.unsafe.glob" : "dockerfile.unsafe.relative"));
        }
        return path;
    }

    /** A file or module name: letters, digits and {@code . _ + -}. */
    String word(String what, String name) throws DockerfileException {
        if (name == null || name.length() > MAX || !WORD.matcher(name).matches() || dotDot(name)) {
            throw unsafe(what, name, messages.get("dockerfile.unsafe.word"));
        }
        return name;
    }

    /** A port such as {@code 8080/tcp}, or a range such as {@code 4510-4559}; returns the (lowest) number. */
    int port(String what, String port) throws DockerfileException {
        var m = port == null ? null : PORT.matcher(port);
        if (m == null || !m.matches()) {
            throw unsafe(what, port, messages.get("dockerfile.unsafe.port"));
        }
        int low = Integer.parseInt(m.group(1));
        int high = m.group(2) == null ? low : Integer.parseInt(m.group(2));
        if (low < 1 || high > 65535 || high < low) {
            throw unsafe(what, port, messages.get("dockerfile.unsafe.port"));
        }
        return low;
    }

    /** A uid or gid. */
    int id(String what, Integer id) throws DockerfileException {
        if (id == null || id < 0) {
            throw unsafe(what, String.valueOf(id), messages.get("dockerfile.unsafe.id"));
        }
        return id;
    }

    /** Exec form: a JSON array of plain arguments. */
    String execForm(String what, List<String> args) throws DockerfileException {
        StringBuilder b = new StringBuilder("[");
        for (String a : args) {
            if (a == null || a.length() > MAX || !ARGUMENT.matcher(a).matches()) {
                throw unsafe(what, a, messages.get("dockerfile.unsafe.argument"));
            }
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append('"').append(a).append('"');
        }
        return b.append(']').toString();
    }

    DockerfileException unsafe(String what, String value, String why) {
        return new DockerfileException(DockerfileException.Reason.UNSAFE_VALUE,
                messages.get("dockerfile.error.unsafe", messages.get(fieldKey(what)), printable(value), why));
    }

    /** The message key naming a checked value (literal keys, so that unused-key checks can see them). */
    static String fieldKey(String what) {
        return switch (what) {
            case "runtime" -> "dockerfile.field.runtime";
            case "build" -> "dockerfile.field.build";
            case "entry" -> "dockerfile.field.entry";
            case "workDir" -> "dockerfile.field.workDir";
            case "uid" -> "dockerfile.field.uid";
            case "gid" -> "dockerfile.field.gid";
            case "source" -> "dockerfile.field.source";
            case "target" -> "dockerfile.field.target";
            case "port" -> "dockerfile.field.port";
            case "cmd" -> "dockerfile.field.cmd";
            case "entrypoint" -> "dockerfile.field.entrypoint";
            default -> throw new IllegalArgumentException("no message for the field " + what);
        };
    }

    private static boolean dotDot(String path) {
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The value with control characters shown as escapes, so that an error stays on one line. */
    static String printable(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 120; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.length() >= 120 ? b + "..." : b.toString();
    }
}
