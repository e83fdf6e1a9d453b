package dev.dhipicker.recommend;

/** How much image size matters compared with compatibility. */
public enum SizePriority {
    SMALLEST("smallest"), BALANCED("balanced"), COMPATIBLE("compatible");

    private final String id;

    SizePriority(String id) {
        this.id = id;
    }

    /** Answer value as used on the command line and in JSON. */
    public String id() {
        return id;
    }

    /** Parses an answer value; null when unknown. */
    public static SizePriority fromId(String id) {
        for (SizePriority v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        return null;
    }
}
