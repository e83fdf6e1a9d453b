package dev.dhipicker.migrate;

/** Where an image reference is used, which decides between a runtime image and a build image. */
public enum ReferenceUse {
    /** The image ships or runs the app: it gets the runtime image. */
    RUNTIME,
    /** The image is used where a shell or a tool is needed (a build stage, a {@code COPY --from} source): it gets the build image. */
    BUILD
}
