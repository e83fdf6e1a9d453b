package dev.dhipicker.catalog.update;

import dev.dhipicker.catalog.CatalogInfo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/** How old a catalog snapshot is, and whether that deserves a notice. */
public final class CatalogAge {
    /** A snapshot older than this many days gets a notice (the command line's and the wizard's). */
    public static final int NOTICE_AFTER_DAYS = 60;

    private CatalogAge() {
    }

    /** The snapshot's age in days on a day, or empty when the catalog has no snapshot date. */
    public static OptionalLong days(CatalogInfo info, LocalDate today) {
        if (info.snapshotDate() == null || today == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ChronoUnit.DAYS.between(info.snapshotDate(), today));
    }

    /** Whether the snapshot is older than {@link #NOTICE_AFTER_DAYS} on that day. */
    public static boolean needsNotice(CatalogInfo info, LocalDate today) {
        OptionalLong d = days(info, today);
        return d.isPresent() && d.getAsLong() > NOTICE_AFTER_DAYS;
    }
}
