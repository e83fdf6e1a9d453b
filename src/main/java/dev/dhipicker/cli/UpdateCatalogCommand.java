package dev.dhipicker.cli;

import dev.dhipicker.catalog.update.ArchiveDownloader;
import dev.dhipicker.catalog.update.Cancellation;
import dev.dhipicker.catalog.update.CatalogDiff;
import dev.dhipicker.catalog.update.CatalogUpdater;
import dev.dhipicker.catalog.update.ProxyChoice;
import dev.dhipicker.catalog.update.SafeUnpacker;
import dev.dhipicker.catalog.update.UpdateException;
import dev.dhipicker.catalog.update.UpdateLimits;
import dev.dhipicker.catalog.update.UpdateProgress;
import dev.dhipicker.catalog.update.UserCatalogStore;
import dev.dhipicker.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/**
 * {@code update-catalog}: replaces the user's catalog with a newer snapshot of the upstream
 * catalog (GitHub, an archive at an address, an archive file or a checkout), keeping the previous
 * one; {@code --rollback} brings that back.
 */
@Command(name = "update-catalog", description = {"${bundle:cli.update.description}", "${bundle:cli.update.where}"})
final class UpdateCatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Option(names = "--from", paramLabel = "URL|FILE|DIR", descriptionKey = "cli.update.from")
    String from;

    @Option(names = "--commit", paramLabel = "SHA", descriptionKey = "cli.update.commit")
    String commit;

    @Option(names = "--snapshot-date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.update.date")
    String snapshotDate;

    @Option(names = "--rollback", descriptionKey = "cli.update.rollback")
    boolean rollback;

    @Option(names = "--quiet", descriptionKey = "cli.update.quiet")
    boolean quiet;

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        Messages m = root.messages();
        CliContext context = root.context();
        if (context.dataFolder() == null) {
            throw new UserException(m.get("cli.update.noDataFolder"));
        }
        UserCatalogStore store = new UserCatalogStore(context.dataFolder());
        PrintWriter out = spec.commandLine().getOut();
        try {
            UpdateLimits limits = UpdateLimits.DEFAULT;
            // a rollback downloads nothing: a wrong proxy variable must not stop it
            java.net.ProxySelector proxy = rollback ? java.net.http.HttpClient.Builder.NO_PROXY
                    : ProxyChoice.fromEnvironment(context.env());
            CatalogUpdater updater = new CatalogUpdater(store, new ArchiveDownloader(proxy, limits),
                    new SafeUnpacker(limits), CatalogUpdater.UPSTREAM_TARBALLS);
            if (rollback) {
                if (from != null || commit != null || snapshotDate != null) {
                    throw new UserException(m.get("cli.update.rollbackAlone"), Cli.USAGE);
                }
                UserCatalogStore.Rollback done = updater.rollback();
                if (done == UserCatalogStore.Rollback.RESTORED_FILE) {
                    out.println(m.get("cli.update.rolledBackFile", store.current().toString()));
                } else {
                    out.println(m.get("cli.update.rolledBackBundled"));
                }
                out.println(m.get("cli.update.inUse", String.valueOf(root.catalog().info().snapshotDate()),
                        shortCommit(root.catalog().info().upstreamCommit()), root.originText()));
                out.flush();
                return 0;
            }
            LocalDate date = date(m);
            CatalogUpdater.Result r = updater.update(new CatalogUpdater.Request(from, commit, date),
                    quiet ? UpdateProgress.NONE : new ProgressLines(spec.commandLine().getErr(), m), new Cancellation());
            CatalogDiff d = r.diff();
            out.println(m.get("cli.update.done", r.info().snapshotDate().toString(), shortCommit(r.info().upstreamCommit()),
                    r.source()));
            out.println(m.get("cli.update.diff", String.valueOf(d.repositoriesAdded()), String.valueOf(d.repositoriesRemoved()),
                    String.valueOf(d.repositoriesChanged()), String.valueOf(d.tagsAdded()), String.valueOf(d.tagsRemoved()),
                    String.valueOf(d.tagsChanged()), String.valueOf(r.before().snapshotDate())));
            out.println(m.get("cli.update.saved", r.file().toString(), String.valueOf(r.repositories()),
                    String.valueOf(r.definitions())));
            out.flush();
            return 0;
        } catch (UpdateException e) {
            int code = e.key().equals("update.error.badCommit") ? Cli.USAGE : Cli.FAILURE;
            throw new UserException(m.get(e.key(), e.args().toArray()), code);
        }
    }

    private LocalDate date(Messages m) {
        if (snapshotDate == null) {
            return null;
        }
        try {
            if (!snapshotDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("", snapshotDate, 0);
            }
            return LocalDate.parse(snapshotDate);
        } catch (DateTimeParseException e) {
            throw new UserException(m.get("cli.error.date", "--snapshot-date", snapshotDate), Cli.USAGE);
        }
    }

    static String shortCommit(String c) {
        return c == null ? "" : c.substring(0, Math.min(12, c.length()));
    }

    /** Progress on standard error: a line per phase, and per tenth of a download or an import. */
    private static final class ProgressLines implements UpdateProgress {
        private final PrintWriter err;
        private final Messages m;
        private Phase phase;
        private long step = -1;

        ProgressLines(PrintWriter err, Messages m) {
            this.err = err;
            this.m = m;
        }

        @Override
        public void report(Phase p, long done, long total) {
            long s = total > 0 ? done * 10 / total : done >> 22; // tenths, or every 4 MiB / 4 Mi entries
            if (p == phase && (s == step || p == Phase.UNPACK)) {
                return;
            }
            phase = p;
            step = s;
            String line = switch (p) {
                case DOWNLOAD -> total > 0 ? m.get("cli.update.progress.download", size(done), size(total))
                        : m.get("cli.update.progress.downloadUnknown", size(done));
                case UNPACK -> m.get("cli.update.progress.unpack");
                case IMPORT -> m.get("cli.update.progress.import", String.valueOf(done), String.valueOf(total));
                case CHECK -> m.get("cli.update.progress.check");
                case PUBLISH -> m.get("cli.update.progress.publish");
            };
            err.println("update-catalog: " + line);
            err.flush();
        }
    }

    static String size(long bytes) {
        return UpdateLimits.size(bytes);
    }
}
