package dev.dhipicker.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Interface strings of one language, from the {@code dev.dhipicker.i18n.messages} bundle.
 * Catalog facts (tags, dates, user names) are passed in as arguments and never translated.
 * Instances are passed to whoever needs them; there is no global one.
 */
public final class Messages {

    /** Base name of the resource bundle. */
    public static final String BUNDLE = "dev.dhipicker.i18n.messages";

    /** A list of ids joined with ", " by the engine ({@code python, node, go}). */
    private static final Pattern ID_LIST = Pattern.compile("[\\w.+-]+(, [\\w.+-]+)+");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Messages for a locale; falls back to English for an unsupported one. */
    public static Messages forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(b, locale);
    }

    /** English messages. */
    public static Messages english() {
        return forLocale(Locale.ENGLISH);
    }

    /** The locale these messages were made for. */
    public Locale locale() {
        return locale;
    }

    /** The language tag of the explanation texts that go with these messages ({@code en} or {@code zh-CN}). */
    public String textLanguage() {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "zh-CN" : "en";
    }

    /** The text of a key, with {@code {0}}-style arguments filled in by {@link MessageFormat}. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' in " + BUNDLE, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] values = args;
        if ("zh-CN".equals(textLanguage())) {
            values = args.clone();
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof String s && ID_LIST.matcher(s).matches()) {
                    values[i] = s.replace(", ", "、"); // a list in a Chinese sentence takes the enumeration comma
                }
            }
        }
        return new MessageFormat(pattern, locale).format(values);
    }

    /** True when the key exists. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The key of the message that names an answer ({@code compliance} → {@code answer.compliance}),
     * for showing the engine's answer names to people.
     */
    public static String answerKey(String answer) {
        return switch (answer) {
            case "workload" -> "answer.workload";
            case "version" -> "answer.version";
            case "libc" -> "answer.libc";
            case "size" -> "answer.size";
            case "compliance" -> "answer.compliance";
            case "helm" -> "answer.helm";
            default -> "answer.org";
        };
    }
}
