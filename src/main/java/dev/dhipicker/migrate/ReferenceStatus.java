package dev.dhipicker.migrate;

/** What became of one image reference. */
public enum ReferenceStatus {
    /** Already a Docker Hardened Image (dhi.io or a mirrored repository): left as written. */
    ALREADY_DHI,
    /** The mapping knows the image and the engine chose a DHI replacement. */
    COUNTERPART,
    /** No DHI counterpart is known (or the image is a Windows image): left as written. */
    NO_COUNTERPART,
    /**
     * The DHI twin exists but no supported line is at least the upstream version: the replacement
     * is on a line that has reached its end of life, or is null when the catalog offers none.
     */
    LINE_ENDED,
    /** The text is not a valid image reference: left as written. */
    INVALID
}
