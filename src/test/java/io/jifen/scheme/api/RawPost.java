package io.jifen.scheme.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A POST of a huge body over a plain socket, reading the answer while still sending — as curl or a browser does.
 * (java.net.http reads the answer only after the whole body is sent, so an early 413 followed by the server
 * closing the connection looks to it like a broken connection.)
 */
final class RawPost {

    private RawPost() {
    }

    /** The raw HTTP answer (status line, headers, body) and how many body bytes were sent before it came. */
    record Answer(String raw, long sent) {
    }

    static Answer send(int port, String path, String lengthHeader, long size) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> readAll(socket));
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString("qs.admin:demo".getBytes(StandardCharsets.UTF_8));
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: application/json\r\n" + lengthHeader + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            boolean chunked = lengthHeader.startsWith("Transfer-Encoding");
            long sent = 0;
            try (InputStream body = new Filler(size)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = body.read(buffer, 0, buffer.length)) > 0 && !answer.isDone(); ) {
                    if (chunked) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(buffer, 0, n);
                    sent += n;
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
            } catch (IOException e) {
                // the server closed the connection after answering: expected once it has refused the body
            }
            return new Answer(answer.get(60, TimeUnit.SECONDS), sent);
        }
    }

    /** Reads until the answer's body (sized by Content-Length) is complete, or the server closes. */
    private static String readAll(Socket socket) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes.write(buffer, 0, n);
                if (complete(bytes.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (IOException e) {
            // a reset after the answer: keep what was read
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                .matcher(raw.substring(0, end));
        return length.find() && raw.getBytes(StandardCharsets.UTF_8).length >= end + 4
                + Integer.parseInt(length.group(1));
    }

    /** A JSON array of zeros of the given size, generated on the fly (no 60 MB buffer on this side either). */
    static final class Filler extends InputStream {
        private final long size;
        private long position;

        Filler(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            return position++ == 0 ? '[' : (position % 2 == 0 ? '0' : ',');
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}
