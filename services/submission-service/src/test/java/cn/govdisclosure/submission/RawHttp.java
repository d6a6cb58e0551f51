package cn.govdisclosure.submission;

import cn.govdisclosure.submission.TestHttp.Answer;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 over a plain socket, for what a well-behaved client library will not send: a body that announces more
 * than it carries, or one streamed without a length. The body is written while the answer is read, so a server that
 * answers early is heard.
 */
final class RawHttp {

    /** What follows the request line and headers. */
    interface Body {
        String framingHeader();

        void writeTo(OutputStream out) throws IOException;
    }

    private RawHttp() {
    }

    /** Announces the length and sends none of the body: the server must answer from the headers alone. */
    static Body announcedLength(long length) {
        return new Body() {
            @Override
            public String framingHeader() {
                return "Content-Length: " + length;
            }

            @Override
            public void writeTo(OutputStream out) {
                // nothing: the announced body never comes
            }
        };
    }

    /** Sends {@code start}, then {@code count} copies of {@code filler}, then {@code end}, in chunks of 64 KiB. */
    static Body chunked(byte[] start, byte filler, long count, byte[] end) {
        return new Body() {
            @Override
            public String framingHeader() {
                return "Transfer-Encoding: chunked";
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                writeChunk(out, start);
                byte[] chunk = new byte[65_536];
                Arrays.fill(chunk, filler);
                for (long left = count; left > 0; left -= chunk.length) {
                    writeChunk(out, left >= chunk.length ? chunk : Arrays.copyOf(chunk, (int) left));
                }
                writeChunk(out, end);
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        };
    }

    /** Sends the request and reads one answer, as far as its framing says: the server may not close at once. */
    static Answer exchange(int port, String method, String path, String token, String contentType, Body body,
                           String... headerLines) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: " + contentType + "\r\n"
                    + String.join("", Arrays.stream(headerLines).map(line -> line + "\r\n").toList())
                    + body.framingHeader() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                try {
                    body.writeTo(out);
                } catch (IOException serverStoppedReading) {
                    // expected once the server has answered and closed the connection
                }
            });
            Answer answer = read(new BufferedInputStream(socket.getInputStream()));
            writing.cancel(true);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeChunk(OutputStream out, byte[] data) throws IOException {
        if (data.length > 0) {
            out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(data);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim(), List.of(header.substring(colon + 1).trim()));
        }
        HttpHeaders parsed = HttpHeaders.of(headers, (name, value) -> true);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (parsed.firstValue("Content-Length").isPresent()) {
            body.write(in.readNBytes(Integer.parseInt(parsed.firstValue("Content-Length").get())));
        } else if (parsed.firstValue("Transfer-Encoding").filter("chunked"::equalsIgnoreCase).isPresent()) {
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), parsed, body.toString(StandardCharsets.UTF_8));
    }

    private static int chunkSize(InputStream in) throws IOException {
        return Integer.parseInt(line(in).split(";")[0].trim(), 16);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("The connection closed in the middle of an answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
