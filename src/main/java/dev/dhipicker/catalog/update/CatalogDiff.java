package dev.dhipicker.catalog.update;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.Repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an update changed: repositories and tags added, removed and changed. A tag changed when
 * the image it names differs in a fact the application uses (version, distro, libc, variant,
 * flavors, dates, user, packages, shell, entrypoint, ports); a repository changed when its
 * description or any of its tags did.
 */
public record CatalogDiff(int repositoriesAdded, int repositoriesRemoved, int repositoriesChanged,
                          int tagsAdded, int tagsRemoved, int tagsChanged) {

    /** The differences from {@code before} to {@code after}. */
    public static CatalogDiff between(Catalog before, Catalog after) {
        Map<String, Repository> old = new HashMap<>();
        for (Repository r : before.repositories()) {
            old.put(r.name(), r);
        }
        int ra = 0;
        int rc = 0;
        int ta = 0;
        int tr = 0;
        int tc = 0;
        for (Repository r : after.repositories()) {
            Repository o = old.remove(r.name());
            Map<String, List<Object>> newTags = tags(after, r.name());
            if (o == null) {
                ra++;
                ta += newTags.size();
                continue;
            }
            Map<String, List<Object>> oldTags = tags(before, r.name());
            int changes = 0;
            for (Map.Entry<String, List<Object>> e : newTags.entrySet()) {
                List<Object> was = oldTags.remove(e.getKey());
                if (was == null) {
                    ta++;
                    changes++;
                } else if (!was.equals(e.getValue())) {
                    tc++;
                    changes++;
                }
            }
            tr += oldTags.size();
            changes += oldTags.size();
            if (changes > 0 || !Objects.equals(o, r)) {
                rc++;
            }
        }
        for (Repository gone : old.values()) {
            tr += tags(before, gone.name()).size();
        }
        return new CatalogDiff(ra, old.size(), rc, ta, tr, tc);
    }

    /** Tag to the facts of its image. */
    private static Map<String, List<Object>> tags(Catalog c, String repository) {
        Map<String, List<Object>> out = new HashMap<>();
        for (ImageDefinition d : c.definitions(repository)) {
            List<Object> facts = java.util.Arrays.asList(d.version(), d.distro(), d.distroVersion(), d.libc(),
                    d.variant(), d.flavors(), d.release(), d.endOfLife(), d.user(), d.uid(), d.gid(), d.packageCount(),
                    d.shell(), d.packageManager(), d.entrypoint(), d.cmd(), d.ports(), d.workDir(), d.platforms());
            for (String t : d.tags()) {
                out.put(t, facts);
            }
        }
        return out;
    }
}
