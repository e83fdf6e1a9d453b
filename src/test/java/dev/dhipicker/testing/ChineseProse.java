package dev.dhipicker.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on assembled Chinese output (CLI text, Dockerfile comments, comparison sheet): no answer
 * value, distro id or help heading left in English, full-width punctuation between Chinese
 * characters, no space between two Chinese words. Code in the output (references, options,
 * paths, URLs, placeholders) is left out of the checks: it is the same in every language.
 */
public final class ChineseProse {
    /** Tokens that are code: they contain a character prose does not. */
    private static final Pattern CODE = Pattern.compile("[^\\s，。；：（）、“”！？]*[:/@=<>$_.{}\\[\\]\"][^\\s，。；：（）、“”！？]*");
    /** The English ids of answer values, variants and distros, and picocli's English headings. */
    private static final Pattern ENGLISH_VALUE = Pattern.compile(
            "(?<![\\w-])(any|balanced|smallest|compatible|none|runtime|dev|debian|alpine|own-chart|upstream-chart"
                    + "|dhi-chart|chart|Usage|Commands|not sure|no C library)(?![\\w-])");
    private static final Pattern HALF_WIDTH = Pattern.compile("\\p{IsHan} ?[,;:!?()]|[,;:!?()] ?\\p{IsHan}");
    private static final Pattern SPACED = Pattern.compile("\\p{IsHan} +[\\p{IsHan}，。：；、（）]");

    private ChineseProse() {
    }

    /**
     * The prose of a text: code tokens and the Docker glosses 开发（dev） and 同步（mirror） removed.
     * A lone "?" or "-" between spaces is the engine's placeholder for an unknown date (a value, not
     * punctuation of the sentence).
     */
    public static String prose(String text) {
        String t = text.replace("（dev）", "").replace("（mirror）", "").replace("（digest）", "")
                .replaceAll("(?<= )[?-](?= )", "CODE");
        return CODE.matcher(t).replaceAll("CODE");
    }

    /** Every English answer value, distro id or help heading in the prose of a text. */
    public static List<String> englishValues(String text) {
        List<String> hits = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = ENGLISH_VALUE.matcher(prose(line));
            while (m.find()) {
                hits.add(m.group() + "  in: " + line.strip());
            }
        }
        return hits;
    }

    /** Every line with half-width punctuation next to a Chinese character or a space between two Chinese words. */
    public static List<String> punctuationProblems(String text) {
        List<String> hits = new ArrayList<>();
        for (String line : text.split("\n")) {
            String p = prose(line).replaceAll("\\(_[A-Za-z0-9]\\)", "");
            if (HALF_WIDTH.matcher(p).find() || SPACED.matcher(p).find()) {
                hits.add(line.strip());
            }
        }
        return hits;
    }
}
