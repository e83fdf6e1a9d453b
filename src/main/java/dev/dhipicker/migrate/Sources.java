package dev.dhipicker.migrate;

/** Documentation pages the findings rest on. */
final class Sources {
    static final String MIGRATE = "https://docs.docker.com/dhi/migration/migrate-from-doi/";
    static final String CUSTOMIZE = "https://docs.docker.com/dhi/how-to/customize/";
    static final String MIRROR = "https://docs.docker.com/dhi/how-to/mirror/";
    static final String AVAILABLE = "https://docs.docker.com/dhi/explore/available/";
    static final String FIPS = "https://docs.docker.com/dhi/core-concepts/fips/";
    static final String DEBUG = "https://docs.docker.com/reference/cli/docker/debug/";
    static final String REF = "https://docs.docker.com/reference/dockerfile/";
    static final String CMD = REF + "#cmd";
    static final String ENTRYPOINT = REF + "#entrypoint";
    static final String HEALTHCHECK = REF + "#healthcheck";
    static final String EXPOSE = REF + "#expose";
    static final String USER = REF + "#user";
    static final String VOLUME = REF + "#volume";
    static final String WORKDIR = REF + "#workdir";
    static final String ARG_FROM = REF + "#understand-how-arg-and-from-interact";
    static final String MULTI_STAGE = "https://docs.docker.com/build/building/multi-stage/";
    /** The DHI PHP repository page, whose guide covers building extensions in the -dev image. */
    static final String PHP = "https://hub.docker.com/hardened-images/catalog/dhi/php";
    static final String NODE = "https://hub.docker.com/hardened-images/catalog/dhi/node";
    static final String PIN_DIGEST = "https://docs.docker.com/reference/cli/docker/buildx/imagetools/inspect/";

    private Sources() {
    }
}
