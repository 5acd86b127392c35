package io.chaosday.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server that sends its headers at once and then the body one byte at a time, with a
 * pause before each: the stuck proxy that a timeout on the headers alone never notices. The pause
 * is taken by {@code pacer}: on a {@link SteppingClock}, time passes for the client without anyone waiting.
 */
final class TricklingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    private final AtomicInteger requests = new AtomicInteger();

    TricklingServer(String body, Duration pause, java.util.function.Consumer<Duration> pacer) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    requests.incrementAndGet();
                    Thread answer = new Thread(() -> trickle(connection, body, pause, pacer));
                    answer.setDaemon(true);
                    answer.start();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    int requests() {
        return requests.get();
    }

    private static void trickle(Socket connection, String body, Duration pause, java.util.function.Consumer<Duration> pacer) {
        try (connection) {
            readRequestHead(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (byte b : bytes) {
                pacer.accept(pause);
                out.write(b);
                out.flush();
            }
        } catch (IOException gone) {
            // The client hung up, as it should when its deadline passes.
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
