package dev.dhipicker.export;

/** Writes the stages of one workload profile (or of an application image) after the header. */
interface ProfileTemplate {
    /**
     * Writes the build stage (where there is one) and the final stage.
     *
     * @throws DockerfileException when a value to interpolate is not safe
     */
    void write(TemplateContext c) throws DockerfileException;
}
