package dev.dhipicker;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dhipicker.catalog.UpstreamTrees;
import dev.dhipicker.catalog.update.LocalArchiveServer;
import dev.dhipicker.catalog.update.TarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code update-catalog} from the packaged jar in its own process: the data folder comes from
 * {@code XDG_DATA_HOME} and the proxy from {@code HTTP_PROXY}/{@code NO_PROXY} of the process's
 * environment, the archive from a web server on the loopback interface.
 */
class UpdateCatalogJarIT {
    static final String COMMIT = "c0ffee0123456789abcdef0123456789abcdef01";

    @TempDir
    Path tmp;

    PackagedJarIT.Result java(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-jar", PackagedJarIT.JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        for (String v : List.of("DISPLAY", "WAYLAND_DISPLAY", "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
                "NO_PROXY", "no_proxy", "XDG_DATA_HOME")) {
            pb.environment().remove(v);
        }
        pb.environment().putAll(env);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new PackagedJarIT.Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void anUpdateThroughTheEnvironmentsDataFolderAndProxySettings() throws Exception {
        Path archive = tmp.resolve("c.tar.gz");
        TarBuilder.github(archive, COMMIT, LocalDate.parse("2026-11-30").toEpochDay() * 86400,
                "docker-hardened-images-catalog-c0ffee0", UpstreamTrees.withNewPythonLine());
        try (LocalArchiveServer server = new LocalArchiveServer().serve("/c.tar.gz", Files.readAllBytes(archive))) {
            String url = server.uri("/c.tar.gz").toString();
            Path data = tmp.resolve("xdg");
            // a proxy that does not exist: only NO_PROXY lets the download through
            Map<String, String> viaDeadProxy = Map.of("XDG_DATA_HOME", data.toString(), "HTTP_PROXY", "http://127.0.0.1:9");
            PackagedJarIT.Result refused = java(viaDeadProxy, "update-catalog", "--from", url, "--quiet");
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err().lines()).hasSize(1);
            assertThat(data.resolve("dhi-picker/catalog.json")).doesNotExist();

            Map<String, String> env = Map.of("XDG_DATA_HOME", data.toString(), "HTTP_PROXY", "http://127.0.0.1:9",
                    "NO_PROXY", "127.0.0.1");
            PackagedJarIT.Result r = java(env, "update-catalog", "--from", url);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("update-catalog: downloading");
            assertThat(data.resolve("dhi-picker/catalog.json")).exists();
            assertThat(data.resolve("dhi-picker/catalog.bin")).exists();

            PackagedJarIT.Result rec = java(env, "recommend", "--workload", "python", "--today", "2026-12-04",
                    "--format", "json");
            assertThat(rec.code()).as(rec.err()).isZero();
            var json = new ObjectMapper().readTree(rec.out());
            assertThat(json.at("/catalog/origin").asText()).isEqualTo("updated");
            assertThat(json.at("/runtime/reference").asText()).isEqualTo("dhi.io/python:" + UpstreamTrees.NEW_LINE + "-debian13");
        }
    }
}
