package dev.dhipicker.catalog;

import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.Libc;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One image definition of the catalog: one variant of one version of one repository on one
 * distro, with every tag that points at it.
 *
 * @param repository     repository name
 * @param file           source file, relative to the repository folder ({@code debian-13/3.14.yaml})
 * @param title          the definition's name ("Python 3.14.x")
 * @param variant        runtime or dev
 * @param flavors        flavors such as {@code compat}, {@code sfw-ent}, {@code fpm}; empty for the standard image
 * @param distro         base distro family
 * @param distroVersion  distro version ({@code 13}, {@code 3.24})
 * @param libc           C library, derived from the package list
 * @param version        the most precise version among the tags ({@code 3.14.7})
 * @param tags           every tag, in catalog order
 * @param platforms      OS/architecture pairs
 * @param release        release date, or null
 * @param endOfLife      end-of-life date, or null when the catalog gives none
 * @param user           run-as user name (or numeric id as written)
 * @param uid            run-as uid, or null when unknown
 * @param gid            run-as primary gid, or null when unknown
 * @param workDir        working directory, or null
 * @param entrypoint     entrypoint in exec form, empty when none
 * @param cmd            default command in exec form, empty when none
 * @param ports          exposed ports such as {@code 8080/tcp}
 * @param packageCount   number of packages installed
 * @param shell          true when a shell package is installed
 * @param packageManager true when a package manager (apt, apk) is installed
 * @param extraPackages  for a flavored definition, the packages it adds to the matching standard one
 * @param components     the DHI images it is built from, as {@code name:version} ({@code php:8.5.9}), read
 *                       from its {@code contents} image references and {@code vars}
 * @param environment    the environment variables the image sets (its {@code environment} block), name to
 *                       value, in the order the definition writes them; empty when it sets none
 * @param binPaths       the executables the definition writes itself (files and symlinks of its {@code paths}
 *                       in a {@code bin} or {@code sbin} directory), as absolute paths in file order; not the
 *                       files its packages install
 * @param flavorImplied  true when the flavor is not written in the tags (a default build) and was decided
 *                       from the other evidence of the definition
 */
public record ImageDefinition(String repository, String file, String title, Variant variant, List<String> flavors,
                              DistroFamily distro, String distroVersion, Libc libc, String version,
                              List<String> tags, List<String> platforms, LocalDate release, LocalDate endOfLife,
                              String user, Integer uid, Integer gid, String workDir, List<String> entrypoint,
                              List<String> cmd, List<String> ports, int packageCount, boolean shell,
                              boolean packageManager, List<String> extraPackages,
                              List<String> components, Map<String, String> environment,
                              List<String> binPaths, boolean flavorImplied) {
    public ImageDefinition {
        flavors = List.copyOf(flavors);
        tags = List.copyOf(tags);
        platforms = List.copyOf(platforms);
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
        ports = List.copyOf(ports);
        extraPackages = List.copyOf(extraPackages);
        components = List.copyOf(components);
        binPaths = List.copyOf(binPaths);
        environment = environment.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /** The value of an environment variable the image sets, or null when it does not set it. */
    public String env(String name) {
        return environment.get(name);
    }

    /** The version of a component image ({@code php} gives {@code 8.5.9}), or null. */
    public String component(String name) {
        for (String c : components) {
            if (c.startsWith(name + ":")) {
                return c.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** True when this is the standard image (no flavor). */
    public boolean standard() {
        return flavors.isEmpty();
    }

    /** True when this definition has the given flavor. */
    public boolean hasFlavor(String flavor) {
        return flavors.contains(flavor);
    }

    /** True when the image runs as root. */
    public boolean runsAsRoot() {
        return (uid != null && uid == 0) || "root".equals(user);
    }
}
