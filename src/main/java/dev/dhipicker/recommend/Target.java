package dev.dhipicker.recommend;

import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.recommend.Recommendation.WorkloadKind;

import java.util.List;

/**
 * The repositories a workload answer maps to.
 *
 * @param kind        profile, framework or application
 * @param profile     the workload profile (kind PROFILE), else null
 * @param runtimeRepo repository of the runtime image
 * @param buildRepo   repository of the build image, or null for an application
 * @param versionRepo repository whose lines the version answer chooses among
 * @param flavors     the runtime flavor as a flavor list ({@code [pg18]}), empty for the standard image
 * @param mappedFrom  the repository the user named when it was mapped to a profile ({@code golang}), else null
 * @param ownBuild    for a repository asked for as itself ({@link Recommender#recommendRepository}): the kind of
 *                    its own build image to pair, which may be missing; null for every other target
 */
record Target(WorkloadKind kind, WorkloadProfile profile, String runtimeRepo, String buildRepo, String versionRepo,
              List<String> flavors, String mappedFrom, OwnBuildImage ownBuild) {
    Target {
        flavors = List.copyOf(flavors);
    }

    Target(WorkloadKind kind, WorkloadProfile profile, String runtimeRepo, String buildRepo, String versionRepo,
           List<String> flavors, String mappedFrom) {
        this(kind, profile, runtimeRepo, buildRepo, versionRepo, flavors, mappedFrom, null);
    }

    boolean application() {
        return kind == WorkloadKind.APPLICATION;
    }

    /** The flavor as one word, or null for the standard image. */
    String flavor() {
        return flavors.isEmpty() ? null : String.join("-", flavors);
    }
}
