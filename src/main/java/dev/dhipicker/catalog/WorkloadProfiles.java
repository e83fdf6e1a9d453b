package dev.dhipicker.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The workload profiles, in file order. */
public final class WorkloadProfiles {
    private final Map<String, WorkloadProfile> byId = new LinkedHashMap<>();

    public WorkloadProfiles(List<WorkloadProfile> profiles) {
        for (WorkloadProfile p : profiles) {
            if (byId.put(p.id(), p) != null) {
                throw new IllegalArgumentException("duplicate profile " + p.id());
            }
        }
    }

    /** All profiles in file order. */
    public List<WorkloadProfile> all() {
        return List.copyOf(byId.values());
    }

    /** A profile by id. */
    public Optional<WorkloadProfile> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
