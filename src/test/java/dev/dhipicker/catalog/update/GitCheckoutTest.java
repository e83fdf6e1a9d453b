package dev.dhipicker.catalog.update;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The commit and date of a local clone, read from .git, checked against git itself when it is installed. */
class GitCheckoutTest {
    @TempDir
    Path repo;

    static String git(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=t",
                "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("GIT_COMMITTER_DATE", "2026-11-30T12:00:00Z");
        pb.environment().put("GIT_AUTHOR_DATE", "2026-11-30T12:00:00Z");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    static boolean gitInstalled() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void looseAndPackedCommitsGiveTheirIdAndDate() throws Exception {
        Assumptions.assumeTrue(gitInstalled(), "git is not installed");
        git(repo, "init", "-q", "-b", "main");
        Files.writeString(repo.resolve("a.txt"), "a");
        git(repo, "add", "a.txt");
        git(repo, "commit", "-q", "-m", "one");
        String head = git(repo, "rev-parse", "HEAD");
        assertThat(GitCheckout.read(repo)).isEqualTo(new GitCheckout.Head(head, LocalDate.parse("2026-11-30")));
        git(repo, "gc", "-q", "--aggressive");
        git(repo, "pack-refs", "--all");
        assertThat(repo.resolve(".git/objects/" + head.substring(0, 2) + "/" + head.substring(2))).doesNotExist();
        assertThat(GitCheckout.read(repo)).isEqualTo(new GitCheckout.Head(head, LocalDate.parse("2026-11-30")));
        git(repo, "checkout", "-q", "--detach");
        assertThat(GitCheckout.read(repo).commit()).isEqualTo(head);
    }

    @Test
    void aFolderWithoutGitGivesNothing() {
        assertThat(GitCheckout.read(repo)).isEqualTo(new GitCheckout.Head(null, null));
    }
}
