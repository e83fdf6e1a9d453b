package dev.dhipicker.recommend;

/** The compliance regime asked for. */
public enum ComplianceNeed {
    NONE("none"), FIPS("fips"), STIG("stig"), FIPS_STIG("fips-stig");

    private final String id;

    ComplianceNeed(String id) {
        this.id = id;
    }

    /** Answer value as used on the command line and in JSON. */
    public String id() {
        return id;
    }

    /** True when FIPS is required. */
    public boolean fips() {
        return this == FIPS || this == FIPS_STIG;
    }

    /** True when STIG is required. */
    public boolean stig() {
        return this == STIG || this == FIPS_STIG;
    }

    /** True when a paid, mirrored repository is needed. */
    public boolean mirrored() {
        return this != NONE;
    }

    /** Parses an answer value; null when unknown. */
    public static ComplianceNeed fromId(String id) {
        for (ComplianceNeed v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        return null;
    }
}
