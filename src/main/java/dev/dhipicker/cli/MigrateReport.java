package dev.dhipicker.cli;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.Finding;
import dev.dhipicker.migrate.MigrationResult;
import dev.dhipicker.migrate.StageResult;

/** The text report of a migration: its stages, then its findings. */
final class MigrateReport {
    private MigrateReport() {
    }

    static String text(MigrationResult r, Messages m) {
        StringBuilder b = new StringBuilder(m.get("migrate.text.stages")).append('\n');
        for (StageResult s : r.stages()) {
            b.append("  ").append(m.get("migrate.text.stage", String.valueOf(s.index()), String.valueOf(s.line()), s.from(),
                    s.reference() == null ? m.get("migrate.text.unchanged") : s.reference(), s.role().id())).append('\n');
            b.append("    ").append(m.get(s.reasonKey(), s.reasonArgs().toArray())).append('\n');
        }
        b.append('\n').append(m.get("migrate.text.findings")).append('\n');
        if (r.findings().isEmpty()) {
            b.append("  ").append(m.get("migrate.text.noFindings")).append('\n');
        }
        for (Finding f : r.findings()) {
            b.append("  ").append(m.get("migrate.text.finding", String.valueOf(f.line()), f.severity().id(), f.rule(),
                    m.get(f.key(), f.args().toArray()))).append('\n');
            if (f.source() != null) {
                b.append("    ").append(f.source()).append('\n');
            }
        }
        return b.toString();
    }
}
