package dev.dhipicker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Keeps control characters away from the terminal. Everything the CLI prints goes through
 * {@link #safe(PrintWriter)}, which shows every control character but the line break as an escape
 * ({@code \u001b}, {@code \t}), so an escape sequence from a catalog or an argument can never
 * reach the terminal; values that must stay on one line go through {@link #printable(String)},
 * which escapes line breaks too, so no value can forge a line or a table row. JSON output is
 * unchanged by this: its writer already escapes control characters in strings.
 */
final class TerminalText {
    private static final boolean CR_IN_LINE_END = System.lineSeparator().indexOf('\r') >= 0;

    private TerminalText() {
    }

    /** A writer that escapes control characters (line breaks excepted) before they reach {@code out}. */
    static PrintWriter safe(PrintWriter out) {
        return new PrintWriter(new Escaping(out), true);
    }

    /** The text with every control character escaped, line breaks included: one line for the terminal. */
    static String printable(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (mustEscape(c, false)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(escape(c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Control characters (C0, DEL, C1) and the invisible bidirectional overrides, which can make
     * a terminal show text in another order than it was written.
     */
    static boolean mustEscape(char c, boolean keepLineEnds) {
        if (keepLineEnds && (c == '\n' || (c == '\r' && CR_IN_LINE_END))) {
            return false;
        }
        return Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", (int) c);
        };
    }

    private static final class Escaping extends Writer {
        private final Writer out;

        Escaping(Writer out) {
            super(out);
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int start = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                if (mustEscape(buf[i], true)) {
                    out.write(buf, start, i - start);
                    out.write(escape(buf[i]));
                    start = i + 1;
                }
            }
            out.write(buf, start, end - start);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
