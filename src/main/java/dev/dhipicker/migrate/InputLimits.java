package dev.dhipicker.migrate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bounds a Dockerfile must stay within before it is parsed: size, lines, lines per
 * instruction, and text (UTF-8 without control characters other than tab, CR and LF).
 *
 * @param maxBytes            largest accepted input
 * @param maxLines            most accepted lines
 * @param maxInstructionLines most lines one instruction may span (continuations and here-documents)
 */
public record InputLimits(int maxBytes, int maxLines, int maxInstructionLines) {

    /** The limits the command line and the wizard use: 1 MiB, 20,000 lines, 2,000 lines per instruction. */
    public static InputLimits standard() {
        return new InputLimits(1 << 20, 20_000, 2_000);
    }

    /**
     * Decodes input bytes as UTF-8 text after checking size, encoding and control characters.
     *
     * @param bytes the input (may be longer than {@code maxBytes}: then it is rejected)
     * @throws DockerfileSyntaxException naming the first offending line
     */
    public String decode(byte[] bytes) throws DockerfileSyntaxException {
        if (bytes.length > maxBytes) {
            throw new DockerfileSyntaxException(lineAt(bytes, maxBytes), "migrate.error.tooLarge", maxBytes);
        }
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
                throw new DockerfileSyntaxException(lineAt(bytes, i), "migrate.error.binary",
                        "0x" + Integer.toHexString(b));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DockerfileSyntaxException(lineAt(bytes, firstBadUtf8(bytes)), "migrate.error.encoding");
        }
    }

    private static int firstBadUtf8(byte[] bytes) {
        int lo = 0;
        int hi = bytes.length;
        // the longest decodable prefix ends where the bad sequence starts (binary search on prefixes)
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (decodes(bytes, mid)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.min(lo, bytes.length - 1);
    }

    private static boolean decodes(byte[] bytes, int len) {
        // a prefix may cut a valid multi-byte sequence: allow up to three trailing bytes of it
        for (int cut = 0; cut <= 3 && cut <= len; cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, len - cut));
                return true;
            } catch (CharacterCodingException e) {
                // try a shorter prefix
            }
        }
        return false;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
