package dev.dhipicker.discover;

/**
 * An image reference as found in a project file, before it is migrated.
 *
 * @param file      the file, relative to the project root, {@code /}-separated
 * @param line      1-based line of the reference
 * @param column    1-based column of the reference
 * @param place     the kind of place
 * @param reference the reference (for split values, registry, repository and tag put together);
 *                  for a compose {@code build:}, the Dockerfile's path relative to the root
 * @param context   what the place belongs to (service, container, job, stage), or null
 * @param build     true where the image must have a shell or tools (a build stage, a CI job, a
 *                  container whose command runs a shell): it gets the build image
 * @param target    where a new value would be written, or null when it cannot be written in place
 * @param templated true when the value is filled in by a template or a variable ({@code ${TAG}},
 *                  {@code {{ .Values.tag }}}) and cannot be resolved here
 * @param stage     for a compose {@code build:} with {@code target:}, the stage it builds; else null
 * @param owner     for a Kubernetes container, the object whose pod it runs in ({@code Deployment/cart}); else null
 */
public record FoundReference(String file, int line, int column, PlaceKind place, String reference, String context,
                             boolean build, EditTarget target, boolean templated, String stage, String owner) {

    /** A reference that belongs to no Kubernetes object. */
    public FoundReference(String file, int line, int column, PlaceKind place, String reference, String context,
                          boolean build, EditTarget target, boolean templated, String stage) {
        this(file, line, column, place, reference, context, build, target, templated, stage, null);
    }

    /** The same reference, owned by a Kubernetes object ({@code kind/name}). */
    FoundReference ownedBy(String object) {
        return new FoundReference(file, line, column, place, reference, context, build, target, templated, stage, object);
    }

    /** A reference that names no build stage. */
    public FoundReference(String file, int line, int column, PlaceKind place, String reference, String context,
                          boolean build, EditTarget target, boolean templated) {
        this(file, line, column, place, reference, context, build, target, templated, null);
    }
}
