package ai.kai.connect.redshift;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A loopback TCP relay in front of PostgreSQL that drops the Redshift-only parameters redshift-jdbc42 puts in
 * its startup message ({@code driver_version}, {@code driver_discovery_version}, {@code os_version},
 * {@code plugin_name}, {@code client_protocol_version}, ...), which PostgreSQL would refuse as unknown settings:
 * only the parameters PostgreSQL knows are kept. Everything after the
 * startup message passes through unchanged, so the driver speaks the wire protocol Redshift shares with
 * PostgreSQL to a real server.
 */
final class RedshiftStartupProxy implements AutoCloseable {
    private static final Set<String> POSTGRES_KNOWS = Set.of("user", "database", "options", "application_name",
            "client_encoding", "DateStyle", "TimeZone", "extra_float_digits", "search_path", "replication");
    private final ServerSocket server;
    private final int target;

    RedshiftStartupProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "redshift-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                byte[] startup = filteredStartup(new DataInputStream(client.getInputStream()));
                upstream.getOutputStream().write(startup);
                pipe(client.getInputStream(), upstream.getOutputStream(), client, upstream);
                pipe(upstream.getInputStream(), client.getOutputStream(), client, upstream);
            } catch (IOException e) {
                // closed, or a client gave up
            }
        }
    }

    static byte[] filteredStartup(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] body = new byte[length - 4];
        in.readFully(body);
        ByteBuffer b = ByteBuffer.wrap(body);
        int protocol = b.getInt();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        while (b.hasRemaining()) {
            String name = cString(b);
            if (name.isEmpty()) {
                break;
            }
            String value = cString(b);
            if (POSTGRES_KNOWS.contains(name)) {
                kept.writeBytes((name + "\0" + value + "\0").getBytes(StandardCharsets.UTF_8));
            }
        }
        kept.write(0);
        ByteBuffer out = ByteBuffer.allocate(8 + kept.size());
        out.putInt(8 + kept.size()).putInt(protocol).put(kept.toByteArray());
        return out.array();
    }

    private static String cString(ByteBuffer b) {
        int start = b.position();
        while (b.get() != 0) {
            // scan to the terminator
        }
        return new String(b.array(), start, b.position() - start - 1, StandardCharsets.UTF_8);
    }

    private static void pipe(InputStream from, OutputStream to, Socket a, Socket b) {
        Thread t = new Thread(() -> {
            try {
                from.transferTo(to);
            } catch (IOException ignored) {
                // one side closed
            } finally {
                closeQuietly(a);
                closeQuietly(b);
            }
        }, "redshift-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
