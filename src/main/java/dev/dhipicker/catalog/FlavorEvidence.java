package dev.dhipicker.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which component flavour a definition is (which PHP, which Postgres, which Python) from
 * all its evidence, once, when the catalog is imported: the {@code flavor} field, a flavour word
 * that every one of its tags carries ({@code pg16}), and the DHI images its {@code contents} and
 * {@code vars} name ({@code dhi.io/php:8.5.9-alpine3.22}). A repository's default build often
 * carries no flavour word at all ({@code composer:2.10-alpine3.22-dev} is Composer for PHP 8.5);
 * when its siblings are flavoured by the same component, its flavour comes from the image it is
 * built from and is marked implied. Where the sources disagree, the disagreement is reported.
 */
final class FlavorEvidence {
    /** A flavour that names one component's version, and the DHI image that component is. */
    private static final Pattern FLAVOR_WORD = Pattern.compile("(php|pg|python|node)(\\d+(?:\\.\\d+)*)");
    private static final Map<String, String> COMPONENT = Map.of("php", "php", "pg", "postgres", "python", "python",
            "node", "node");

    private FlavorEvidence() {
    }

    /**
     * Completes the flavours of one repository's definitions and adds a line to
     * {@code disagreements} for every definition whose sources say different things.
     */
    static void complete(List<DefinitionReader.Raw> raws, List<String> disagreements) {
        // 1. the flavour field, or a flavour word that every tag carries, checked against the contents
        for (int i = 0; i < raws.size(); i++) {
            DefinitionReader.Raw r = raws.get(i);
            String tagWord = commonFlavorWord(r.tags());
            List<String> declaredWords = new ArrayList<>();
            for (String f : r.declared()) {
                declaredWords.addAll(List.of(f.split("-")));
            }
            for (String w : declaredWords) {
                check(r, w, "flavor word '" + w + "'", disagreements);
            }
            if (tagWord != null) {
                check(r, tagWord, "tag word '" + tagWord + "'", disagreements);
                if (!r.declared().isEmpty() && !declaredWords.contains(tagWord)) {
                    disagreements.add(where(r) + ": the tags say '" + tagWord + "', the flavor field says "
                            + r.declared());
                }
            }
            if (r.declared().isEmpty() && tagWord != null) {
                raws.set(i, r.withFlavors(List.of(tagWord), false));
            }
        }
        // 2. a default build: no flavour word, but its siblings are flavoured by the component it contains
        for (int i = 0; i < raws.size(); i++) {
            DefinitionReader.Raw r = raws.get(i);
            if (!r.flavors().isEmpty()) {
                continue;
            }
            String implied = null;
            for (DefinitionReader.Raw o : raws) {
                for (String f : o.flavors()) {
                    Matcher m = FLAVOR_WORD.matcher(f);
                    String version = m.matches() ? componentVersion(r, m.group(1)) : null;
                    if (version != null) {
                        implied = m.group(1) + atPrecision(version, m.group(2));
                    }
                }
                if (implied != null) {
                    break;
                }
            }
            if (implied != null) {
                raws.set(i, r.withFlavors(List.of(implied), true));
            }
        }
    }

    /** A flavour word ({@code pg16}) that every tag carries, or null. */
    static String commonFlavorWord(List<String> tags) {
        String common = null;
        for (String t : tags) {
            String found = null;
            for (String w : t.split("-")) {
                if (FLAVOR_WORD.matcher(w).matches()) {
                    found = w;
                }
            }
            if (found == null || (common != null && !common.equals(found))) {
                return null;
            }
            common = found;
        }
        return common;
    }

    private static void check(DefinitionReader.Raw r, String flavor, String source, List<String> disagreements) {
        Matcher m = FLAVOR_WORD.matcher(flavor);
        if (!m.matches()) {
            return;
        }
        String version = componentVersion(r, m.group(1));
        if (version != null && !version.equals(m.group(2)) && !version.startsWith(m.group(2) + ".")) {
            disagreements.add(where(r) + ": " + source + " but it is built from " + COMPONENT.get(m.group(1)) + " "
                    + version);
        }
    }

    private static String componentVersion(DefinitionReader.Raw r, String flavorPrefix) {
        String name = COMPONENT.get(flavorPrefix) + ":";
        for (String c : r.components()) {
            if (c.startsWith(name)) {
                return c.substring(name.length());
            }
        }
        return null;
    }

    /** The version cut to as many parts as the siblings' flavour writes ({@code 8.5.9} like {@code 8.4} gives {@code 8.5}). */
    private static String atPrecision(String version, String like) {
        String[] parts = version.split("\\.");
        int n = Math.min(parts.length, like.split("\\.").length);
        return String.join(".", java.util.Arrays.copyOf(parts, n));
    }

    private static String where(DefinitionReader.Raw r) {
        return "image/" + r.repo() + "/" + r.file();
    }
}
