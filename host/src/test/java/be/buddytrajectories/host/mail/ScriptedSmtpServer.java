package be.buddytrajectories.host.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A mail server of a few lines for what GreenMail cannot do: answer the receiver's address with a given reply
 * (550, 451), or offer STARTTLS. It takes one connection at a time and records the commands it was sent and
 * whether the mail came over TLS.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final String rcptReply;
    private final SSLContext startTls;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<String> mails = new CopyOnWriteArrayList<>();
    private final Thread thread;

    /**
     * @param rcptReply the answer to RCPT TO, e.g. {@code 550 5.1.1 no such user}
     * @param startTls  offer STARTTLS with this TLS, or {@code null} not to
     */
    ScriptedSmtpServer(String rcptReply, SSLContext startTls) throws IOException {
        this.server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.rcptReply = rcptReply;
        this.startTls = startTls;
        this.thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    List<String> commands() {
        return commands;
    }

    /** Each mail taken, prefixed with {@code tls:} or {@code plain:} by how it came. */
    List<String> mails() {
        return mails;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                converse(socket);
            } catch (IOException e) {
                // A client that hangs up mid-conversation (after a failed handshake, say) is what some tests want.
                commands.add("hung up: " + e.getClass().getSimpleName());
            }
        }
    }

    private void converse(Socket plain) throws IOException {
        Socket socket = plain;
        boolean tls = false;
        BufferedReader in = reader(socket);
        OutputStream out = socket.getOutputStream();
        reply(out, "220 localhost ESMTP scripted");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            commands.add(line);
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (command) {
                case "EHLO" -> reply(out, startTls != null && !tls ? "250-localhost\r\n250-STARTTLS\r\n250 8BITMIME"
                        : "250-localhost\r\n250 8BITMIME");
                case "STAR" -> {
                    reply(out, "220 2.0.0 ready to start TLS");
                    SSLSocket secure = (SSLSocket) startTls.getSocketFactory()
                            .createSocket(socket, null, socket.getPort(), false);
                    secure.setUseClientMode(false);
                    secure.startHandshake();
                    socket = secure;
                    tls = true;
                    in = reader(socket);
                    out = socket.getOutputStream();
                }
                case "MAIL" -> reply(out, "250 2.1.0 ok");
                case "RCPT" -> reply(out, rcptReply);
                case "DATA" -> {
                    reply(out, "354 go ahead");
                    StringBuilder mail = new StringBuilder(tls ? "tls:" : "plain:");
                    for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                        mail.append(data).append("\n");
                    }
                    mails.add(mail.toString());
                    reply(out, "250 2.0.0 queued");
                }
                case "QUIT" -> {
                    reply(out, "221 2.0.0 bye");
                    return;
                }
                default -> reply(out, "250 2.0.0 ok");
            }
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    private static void reply(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
