package dev.dhipicker.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a {@code CMD}, {@code ENTRYPOINT} or {@code HEALTHCHECK} command needs from the image. */
final class CommandForm {
    private static final Pattern SHELL_SYNTAX = Pattern.compile("[|&;<>()$`\\\\\"'*?\\[\\]#~{}!]|\\s=|^\\w+=");
    private static final Pattern SHELLS = Pattern.compile("(?:/usr)?(?:/bin/)?(?:sh|bash|ash|dash|zsh)");
    private static final Pattern HTTP_CLIENT = Pattern.compile("(^|[\\s\"/\\[,])(curl|wget)(\\s|\"|$)");
    private static final Pattern SCRIPT = Pattern.compile(".*\\.(?:sh|bash)$|.*docker-entrypoint.*|.*entrypoint$");

    private CommandForm() {
    }

    /** The words of a shell-form command when it is a plain command with no shell syntax, else null. */
    static List<String> plainWords(String shellForm) {
        String t = shellForm.strip();
        if (t.isEmpty() || SHELL_SYNTAX.matcher(t).find()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String w : t.split("\\s+")) {
            out.add(w);
        }
        return out;
    }

    /** True when the command runs a shell or a shell script. */
    static boolean needsShell(List<String> words) {
        if (words == null || words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        return SHELLS.matcher(first).matches() || SCRIPT.matcher(first).matches();
    }

    /** True when the command calls curl or wget. */
    static boolean usesHttpClient(String text) {
        return HTTP_CLIENT.matcher(text).find();
    }
}
