package dev.dhipicker.catalog;

/** Orders version strings the way people read them: numeric parts as numbers. */
public final class VersionOrder {
    private VersionOrder() {
    }

    /** Compares dotted versions numerically where both parts are numbers, else as text. */
    public static int compare(String a, String b) {
        String[] x = a.replaceFirst("^v", "").split("[.-]");
        String[] y = b.replaceFirst("^v", "").split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return -1;
            }
            if (i >= y.length) {
                return 1;
            }
            int c;
            if (x[i].matches("\\d{1,18}") && y[i].matches("\\d{1,18}")) {
                c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
