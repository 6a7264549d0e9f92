package cn.esip.api.audit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail's copy to an external log centre: RFC 5424 over UDP and TCP, never holding up a call. */
class SyslogShipperTest {

    @TempDir
    Path dir;

    @Test
    void everyRecordTheFilterWritesReachesAUdpLogCentreWithItsChainHash() throws Exception {
        try (DatagramSocket centre = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             AuditTrail trail = new AuditTrail(dir, 183, Clock.systemUTC());
             SyslogShipper shipper = new SyslogShipper("udp://127.0.0.1:" + centre.getLocalPort(), "node-1")) {
            centre.setSoTimeout(5000);
            AuditFilter filter = new AuditFilter(trail, new SimpleMeterRegistry(), true, shipper::offer);
            MockHttpServletRequest req = new MockHttpServletRequest("GET", "/api/v1/search");
            req.addHeader("X-Request-Id", "req-42");
            filter.doFilter(req, new MockHttpServletResponse(), new MockFilterChain());
            byte[] buf = new byte[8192];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            centre.receive(p);
            String msg = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
            String hash = trail.query(null, null, r -> true, 10).get(0).hash();
            assertThat(msg).startsWith("<134>1 ").contains(" node-1 esip - req-42 - {")
                    .contains("\"route\":\"/api/v1/search\"").contains("\"hash\":\"" + hash + "\"");
            assertThat(shipper.sent()).isEqualTo(1);
        }
    }

    @Test
    void tcpUsesOctetCountingAndADownCentreOnlyCountsDrops() throws Exception {
        AuditRecord r = AuditRecord.of("2026-12-03T10:00:00Z", "r1", "app-x", "某局", "law:read", "GET", "/api/v1/search",
                200, 3, 0, 100);
        try (ServerSocket centre = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             SyslogShipper shipper = new SyslogShipper("tcp://127.0.0.1:" + centre.getLocalPort(), "node 2")) {
            shipper.offer(r);
            try (Socket s = centre.accept(); InputStream in = new BufferedInputStream(s.getInputStream())) {
                StringBuilder len = new StringBuilder();
                for (int c = in.read(); c != ' '; c = in.read()) {
                    len.append((char) c);
                }
                String msg = new String(in.readNBytes(Integer.parseInt(len.toString())), StandardCharsets.UTF_8);
                assertThat(msg).startsWith("<134>1 2026-12-03T10:00:00Z node_2 esip - r1 - {").endsWith("}");
            }
        }
        int port;
        try (ServerSocket gone = new ServerSocket(0)) {
            port = gone.getLocalPort();
        }
        try (SyslogShipper shipper = new SyslogShipper("tcp://127.0.0.1:" + port, "n")) {
            shipper.offer(r);
            long deadline = System.currentTimeMillis() + 5000;
            while (shipper.dropped() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(shipper.dropped()).isEqualTo(1);
            assertThat(shipper.sent()).isZero();
        }
    }

    @Test
    void aTargetThatIsNotSyslogIsRefusedAtStart() {
        assertThatThrownBy(() -> SyslogShipper.parse("http://logs:514")).hasMessageContaining("udp://host:514");
        assertThatThrownBy(() -> SyslogShipper.parse("udp://logs")).hasMessageContaining("udp://host:514");
        assertThat(SyslogShipper.parse("tcp://10.0.0.5:601").getPort()).isEqualTo(601);
    }
}
