package dev.dhipicker.export;

import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.Recommendation.ImageChoice;

/**
 * The text written after {@code FROM} for one recommended image.
 *
 * @param text      the reference as written: the recommended reference, with {@code @digest} when pinned,
 *                  or {@code ${ORG}/dhi-<repo>:<tag>} when the mirrored organisation is still the placeholder
 * @param orgArg    true when the text uses the {@code ORG} build argument
 * @param digest    the digest written, or null when the reference is not pinned
 */
record FromImage(String text, boolean orgArg, String digest) {

    /** The build argument that holds the Docker Hub organisation of the mirrored repositories. */
    static final String ORG_ARG = "ORG";

    /**
     * Checks and resolves the reference of a recommended image.
     *
     * @param what           how to name the image in an error ("runtime reference")
     * @param placeholderOrg the organisation the engine writes when none is given ({@code <your-org>})
     */
    static FromImage of(String what, ImageChoice image, Answers answers, String placeholderOrg, boolean pinDigest,
                        SafeValues safe) throws DockerfileException {
        String ref = image.reference();
        if (ref == null) {
            throw safe.unsafe(what, null, "null");
        }
        if (answers.compliance().mirrored() && answers.org() == null && placeholderOrg != null
                && ref.startsWith(placeholderOrg + "/")) {
            String rest = safe.mirroredRest(what, ref.substring(placeholderOrg.length() + 1));
            return new FromImage("${" + ORG_ARG + "}/" + rest, true, null);
        }
        safe.reference(what, ref);
        int at = ref.indexOf('@');
        if (at >= 0) {
            return new FromImage(ref, false, ref.substring(at + 1));
        }
        if (pinDigest && image.digest() != null) {
            String pinned = safe.reference(what, ref + "@" + image.digest());
            return new FromImage(pinned, false, image.digest());
        }
        return new FromImage(ref, false, null);
    }
}
