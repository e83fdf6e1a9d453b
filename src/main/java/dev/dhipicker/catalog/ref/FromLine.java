package dev.dhipicker.catalog.ref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Dockerfile {@code FROM} instruction: {@code FROM [--platform=<p>] <reference> [AS <name>]}.
 *
 * @param platform  the {@code --platform} value, or null
 * @param reference the image reference
 * @param stageName the stage name after {@code AS}, or null
 */
public record FromLine(String platform, ImageReference reference, String stageName) {

    /** True when the text starts with the {@code FROM} keyword (any case) followed by a blank. */
    public static boolean looksLikeFrom(String text) {
        String t = text.stripLeading();
        return t.length() > 5 && t.substring(0, 4).equalsIgnoreCase("FROM") && Character.isWhitespace(t.charAt(4));
    }

    /**
     * Parses a {@code FROM} line.
     *
     * @throws InvalidReferenceException when the line or its reference is malformed
     */
    public static FromLine parse(String text) throws InvalidReferenceException {
        if (!looksLikeFrom(text)) {
            throw new InvalidReferenceException("not a FROM line: '" + text.strip() + "'");
        }
        String[] words = text.strip().split("\\s+");
        List<String> rest = new ArrayList<>(List.of(words).subList(1, words.length));
        String platform = null;
        while (!rest.isEmpty() && rest.get(0).startsWith("--")) {
            String flag = rest.remove(0);
            if (flag.startsWith("--platform=")) {
                platform = flag.substring("--platform=".length());
                if (platform.isEmpty()) {
                    throw new InvalidReferenceException("FROM --platform= has no value");
                }
            } else {
                throw new InvalidReferenceException("FROM flag '" + flag + "' is not supported (only --platform)");
            }
        }
        if (rest.isEmpty()) {
            throw new InvalidReferenceException("FROM line has no image reference");
        }
        String ref = rest.remove(0);
        if (ref.contains("$")) {
            throw new InvalidReferenceException("FROM reference '" + ref + "' uses a build argument; give the resolved reference");
        }
        ImageReference reference = ImageReference.parse(ref);
        String stage = null;
        if (!rest.isEmpty()) {
            if (rest.size() != 2 || !rest.get(0).toUpperCase(Locale.ROOT).equals("AS")) {
                throw new InvalidReferenceException("FROM line has unexpected words after the reference: '" + String.join(" ", rest) + "'");
            }
            stage = rest.get(1);
            if (!stage.matches("[a-zA-Z][a-zA-Z0-9_.-]*")) {
                throw new InvalidReferenceException("stage name '" + stage + "' is not valid");
            }
        }
        return new FromLine(platform, reference, stage);
    }
}
