package dev.dhipicker.recommend;

/** How the workload is deployed with Helm. */
public enum HelmUse {
    /** No Helm. */
    NONE("none"),
    /** A chart the team writes itself. */
    OWN_CHART("own-chart"),
    /** A community or upstream chart that expects a shell and common tools in the image. */
    UPSTREAM_CHART("upstream-chart"),
    /** Docker's own DHI chart. */
    DHI_CHART("dhi-chart");

    private final String id;

    HelmUse(String id) {
        this.id = id;
    }

    /** Answer value as used on the command line and in JSON. */
    public String id() {
        return id;
    }

    /** Parses an answer value; null when unknown. */
    public static HelmUse fromId(String id) {
        for (HelmUse v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        return null;
    }
}
