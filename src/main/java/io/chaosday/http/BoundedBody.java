package io.chaosday.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * Reads an answer's body from a stream as text, for transports whose connection only times out a
 * silent read: past {@code maxBytes} it stops with {@link AnswerTooLarge}, and once the deadline
 * has passed between two reads with {@link HttpTimeoutException}, so a body that trickles in a byte
 * at a time ends by the deadline plus at most one read timeout.
 */
public final class BoundedBody {

    private static final int CHUNK = 8 * 1024;

    private BoundedBody() {
    }

    public static String read(InputStream in, long maxBytes, Instant deadline, Clock clock) throws IOException {
        if (in == null) {
            return "";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        try (in) {
            for (int read; (read = in.read(chunk)) != -1; ) {
                if (bytes.size() + (long) read > maxBytes) {
                    throw new AnswerTooLarge(maxBytes);
                }
                bytes.write(chunk, 0, read);
                if (clock.instant().isAfter(deadline)) {
                    throw new HttpTimeoutException("the answer did not arrive in full");
                }
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
