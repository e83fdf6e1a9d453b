package dev.dhipicker.catalog;

import java.util.ArrayList;
import java.util.List;

/** Orders version strings the way people read them: numeric parts as numbers. */
public final class VersionOrder {
    private VersionOrder() {
    }

    /**
     * Compares dotted versions part by part: two numeric parts as numbers, two other parts as
     * text, and a numeric part before a non-numeric one. A version that is a prefix of another
     * comes first. The order is total and transitive.
     */
    public static int compare(String a, String b) {
        // Hand-written (no regular expressions): the engine sorts with this on every click.
        // Same result as splitting "^v"-stripped text on '.' and '-' (trailing empty parts
        // dropped, as String.split does) and comparing parts numerically when both are 1-18 digits.
        String[] x = versionParts(a);
        String[] y = versionParts(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return -1;
            }
            if (i >= y.length) {
                return 1;
            }
            // Numbers sort before words in the same position, so the order is total and
            // transitive ("9" < "10" < "1a"); two numbers compare as numbers, two words as text.
            boolean nx = isNumber(x[i]);
            boolean ny = isNumber(y[i]);
            int c;
            if (nx && ny) {
                c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            } else if (nx != ny) {
                c = nx ? -1 : 1;
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String[] versionParts(String v) {
        String s = v.startsWith("v") ? v.substring(1) : v;
        List<String> parts = new ArrayList<>(4);
        int start = 0;
        boolean split = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '-') {
                parts.add(s.substring(start, i));
                start = i + 1;
                split = true;
            }
        }
        if (!split) {
            return new String[] {s};
        }
        parts.add(s.substring(start));
        int n = parts.size();
        while (n > 0 && parts.get(n - 1).isEmpty()) {
            n--;
        }
        return parts.subList(0, n).toArray(new String[0]);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
