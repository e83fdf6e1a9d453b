package dev.dhipicker.cli;

import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.discover.Discovery;
import dev.dhipicker.discover.DiscoveryReport;
import dev.dhipicker.discover.WalkLimits;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.testing.BundledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectWriterTest {

    @Test
    void aFileChangedAfterItWasReadStopsTheWriteBeforeAnyFileIsWritten(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: nginx:1.27\n");
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  db:\n    image: postgres:16\n");
        Messages en = Messages.english();
        ImageMap map = ImageMap.loadBundled(BundledData.CATALOG);
        DiscoveryReport r = new Discovery(new Migrator(BundledData.engine(BundledData.TODAY), map), BundledData.CATALOG,
                map, en::get, WalkLimits.standard()).discover(dir, MigrateOptions.defaults());
        assertThat(r.changes()).hasSize(2);
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  db:\n    image: postgres:17\n");
        StringWriter out = new StringWriter();
        ProjectWriter w = new ProjectWriter(dir, en, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThatThrownBy(() -> w.write(r)).isInstanceOf(UserException.class)
                .hasMessageContaining("compose.yaml").hasMessageContaining("changed after it was read");
        assertThat(Files.readString(dir.resolve("a.yaml"))).contains("image: nginx:1.27");
        assertThat(out.toString()).isEmpty();
    }
}
