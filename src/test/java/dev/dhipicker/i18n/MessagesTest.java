package dev.dhipicker.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key in every bundle, no unused keys, and placeholders that agree between languages. */
class MessagesTest {

    static final Path DIR = Path.of("src/main/resources/dev/dhipicker/i18n");

    static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(DIR.resolve(file))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyExistsInEveryBundle() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void placeholdersAgreeBetweenLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).contains("${")) {
                continue; // picocli help text: its ${...} variables are not MessageFormat arguments
            }
            int enArgs = new MessageFormat(en.getProperty(key)).getFormats().length;
            int zhArgs = new MessageFormat(zh.getProperty(key)).getFormats().length;
            assertThat(zhArgs).as(key).isEqualTo(enArgs);
        }
    }

    /**
     * A mnemonic is the same letter in both languages: English marks it in the word ({@code _Copy}),
     * Chinese adds it in brackets ({@code 复制(_C)}), which is visible text; a text without one in
     * one language has none in the other. Only interface texts ({@code ui.}) carry mnemonics.
     */
    @Test
    void mnemonicsAgreeBetweenLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        java.util.regex.Pattern enMark = java.util.regex.Pattern.compile("_(\\p{Alnum})");
        java.util.regex.Pattern zhMark = java.util.regex.Pattern.compile("\\(_(\\p{Alnum})\\)");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            if (!key.startsWith("ui.")) {
                continue;
            }
            String e = en.getProperty(key);
            String z = zh.getProperty(key);
            var em = enMark.matcher(e);
            var zm = zhMark.matcher(z);
            String enLetter = em.find() ? em.group(1).toUpperCase(Locale.ROOT) : null;
            String zhLetter = zm.find() ? zm.group(1).toUpperCase(Locale.ROOT) : null;
            if (!java.util.Objects.equals(enLetter, zhLetter)) {
                wrong.add(key + ": " + e + " | " + z);
            }
            if (zhLetter != null && z.replaceFirst("\\(_\\p{Alnum}\\)", "").contains("_")) {
                wrong.add(key + ": a second marker in " + z);
            }
            if (enLetter != null) {
                checked++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).as("the bundles have mnemonics to compare").isGreaterThan(20);
    }

    @Test
    void noBundleHasAnUnusedKey() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.append(Files.readString(f));
            }
        }
        String all = sources.toString();
        List<String> unused = new ArrayList<>();
        Set<String> keys = new TreeSet<>(load("messages.properties").stringPropertyNames());
        for (String key : keys) {
            // used as a literal key, or through picocli's ${bundle:key} in a help text
            if (!all.contains("\"" + key + "\"") && !all.contains("bundle:" + key + "}")) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void chineseLocaleGetsChineseAndOthersFallBackToEnglish() {
        assertThat(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get("ui.button.next")).isEqualTo("下一步(_N)");
        assertThat(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).textLanguage()).isEqualTo("zh-CN");
        assertThat(Messages.forLocale(Locale.GERMAN).get("ui.button.next")).isEqualTo("_Next");
        assertThat(Messages.forLocale(Locale.GERMAN).textLanguage()).isEqualTo("en");
        assertThat(Messages.english().get("ui.results.chartVersion", "23.0.7")).isEqualTo("Chart version 23.0.7");
    }
}
