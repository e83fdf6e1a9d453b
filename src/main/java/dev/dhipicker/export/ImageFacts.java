package dev.dhipicker.export;

import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Recommendation.ImageChoice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The one place that turns an image's facts into words: distro release, C library, user and end of
 * life, for the CLI, the results page, the comparison sheet and the Dockerfile header alike.
 */
public final class ImageFacts {
    private final Messages m;
    private final ValueLabels labels;

    public ImageFacts(Messages messages) {
        this.m = Objects.requireNonNull(messages, "messages");
        this.labels = new ValueLabels(messages);
    }

    /** {@code Debian 13}, {@code Alpine 3.24}. */
    public String distro(DistroFamily family, String version) {
        return family == null ? m.get("facts.unknown") : labels.distro(family, version);
    }

    /** {@code glibc}, {@code musl}, or "no C library". */
    public String libc(Libc libc) {
        return libc == null ? m.get("facts.unknown") : labels.libc(libc);
    }

    /** {@code nonroot (uid 65532)}. */
    public String user(String user, Integer uid) {
        return m.get("facts.user", user == null ? m.get("facts.unknown") : user,
                uid == null ? m.get("facts.unknown") : String.valueOf(uid));
    }

    /** The date, or "not given". */
    public String eol(LocalDate eol) {
        return eol == null ? m.get("facts.eol.unknown") : eol.toString();
    }

    /** The whole facts line of a recommended image. */
    public String line(ImageChoice c) {
        return m.get("facts.line", distro(c.distro(), c.distroVersion()), libc(c.libc()), user(c.user(), c.uid()),
                eol(c.eol()));
    }
}
