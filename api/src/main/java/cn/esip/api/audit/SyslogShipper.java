package cn.esip.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ships each audit record, as written (hash-chained JSON), to an external log centre (SF/T 0185 A.4.4) as an
 * RFC 5424 syslog message over UDP ({@code udp://host:514}) or TCP with octet counting ({@code tcp://host:601}).
 * Calls never wait for the log centre: records go through a bounded queue to one sender thread, and when the
 * queue is full or the centre is down they are counted as dropped. The trail on disk stays the record of truth.
 */
public final class SyslogShipper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyslogShipper.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Records waiting to be sent, at most. */
    static final int QUEUE = 10_000;
    /** facility local0 (16), severity informational (6). */
    private static final int PRIORITY = 16 * 8 + 6;

    private final URI target;
    private final String host;
    private final BlockingQueue<AuditRecord> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread sender;
    private volatile boolean running = true;
    private Socket tcp;
    private DatagramSocket udp;

    /** A shipper to {@code udp://host:port} or {@code tcp://host:port}; {@code hostName} names this node. */
    public SyslogShipper(String target, String hostName) {
        this.target = parse(target);
        this.host = hostName == null || hostName.isBlank() ? "-" : hostName.replaceAll("\\s+", "_");
        this.sender = new Thread(this::run, "audit-syslog");
        sender.setDaemon(true);
        sender.start();
    }

    static URI parse(String target) {
        URI u;
        try {
            u = URI.create(target.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("esip.audit.syslog must look like udp://host:514 or tcp://host:601: " + target);
        }
        if (!("udp".equals(u.getScheme()) || "tcp".equals(u.getScheme())) || u.getHost() == null || u.getPort() <= 0) {
            throw new IllegalArgumentException("esip.audit.syslog must look like udp://host:514 or tcp://host:601: " + target);
        }
        return u;
    }

    /** Queues a record for sending; never blocks. */
    public void offer(AuditRecord r) {
        if (!queue.offer(r)) {
            dropped.incrementAndGet();
        }
    }

    public long sent() {
        return sent.get();
    }

    public long dropped() {
        return dropped.get();
    }

    /** The RFC 5424 message of a record: priority, version, time, host, app, request id as msgid, the JSON. */
    String message(AuditRecord r) throws JsonProcessingException {
        String msgId = r.requestId() == null || r.requestId().isBlank() ? "-" : r.requestId().replaceAll("[^\\x21-\\x7e]", "").substring(0, Math.min(32, r.requestId().length()));
        return "<" + PRIORITY + ">1 " + r.time() + " " + host + " esip - " + (msgId.isEmpty() ? "-" : msgId) + " - "
                + JSON.writeValueAsString(r);
    }

    private void run() {
        try {
            loop();
        } finally {
            closeSockets();
        }
    }

    private void loop() {
        while (running) {
            AuditRecord r;
            try {
                r = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (r == null) {
                continue;
            }
            try {
                send(message(r).getBytes(StandardCharsets.UTF_8));
                sent.incrementAndGet();
            } catch (IOException e) {
                dropped.incrementAndGet();
                closeSockets();
                if (dropped.get() % 1000 == 1) {
                    LOG.warn("audit records not shipped to {} ({} dropped so far): {}", target, dropped.get(), e.getMessage());
                }
            }
        }
    }

    private void send(byte[] msg) throws IOException {
        if ("udp".equals(target.getScheme())) {
            if (udp == null) {
                udp = new DatagramSocket();
            }
            udp.send(new DatagramPacket(msg, msg.length, new InetSocketAddress(target.getHost(), target.getPort())));
            return;
        }
        if (tcp == null) {
            tcp = new Socket();
            tcp.connect(new InetSocketAddress(target.getHost(), target.getPort()), 2000);
        }
        OutputStream out = tcp.getOutputStream();
        // RFC 6587 octet counting
        out.write((msg.length + " ").getBytes(StandardCharsets.US_ASCII));
        out.write(msg);
        out.flush();
    }

    private void closeSockets() {
        try {
            if (tcp != null) {
                tcp.close();
            }
        } catch (IOException ignored) {
            // reconnects on the next record
        }
        tcp = null;
        if (udp != null) {
            udp.close();
        }
        udp = null;
    }

    @Override
    public void close() {
        running = false;
        sender.interrupt();
        try {
            sender.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
