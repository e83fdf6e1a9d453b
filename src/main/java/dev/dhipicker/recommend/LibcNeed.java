package dev.dhipicker.recommend;

/** The libc answer: glibc needed, musl acceptable, or not sure. */
public enum LibcNeed {
    GLIBC("glibc"), MUSL("musl"), ANY("any");

    private final String id;

    LibcNeed(String id) {
        this.id = id;
    }

    /** Answer value as used on the command line and in JSON. */
    public String id() {
        return id;
    }

    /** Parses an answer value; null when unknown. */
    public static LibcNeed fromId(String id) {
        for (LibcNeed v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        return null;
    }
}
