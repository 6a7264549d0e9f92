package cn.esip.api.audit;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Wires the audit trail under {@code <data>/audit}, the filter that feeds it, and its daily retention. */
@Configuration
public class AuditConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AuditConfiguration.class);

    @Bean(destroyMethod = "close")
    public AuditTrail auditTrail(@Value("${esip.data-dir:./data}") Path data,
                                 @Value("${esip.audit.retention-days:" + AuditTrail.DEFAULT_RETENTION_DAYS + "}") int retentionDays) {
        return new AuditTrail(data.resolve("audit"), retentionDays, Clock.systemDefaultZone());
    }

    /** The shipper to the external log centre when {@code esip.audit.syslog} names one (A.4.4), else none. */
    @Bean(destroyMethod = "close")
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("!'${esip.audit.syslog:}'.isBlank()")
    public SyslogShipper syslogShipper(@Value("${esip.audit.syslog}") String target, MeterRegistry meters) {
        SyslogShipper s = new SyslogShipper(target, hostName());
        io.micrometer.core.instrument.Gauge.builder("esip.audit.syslog.sent", s, SyslogShipper::sent)
                .description("audit records shipped to the log centre").register(meters);
        io.micrometer.core.instrument.Gauge.builder("esip.audit.syslog.dropped", s, SyslogShipper::dropped)
                .description("audit records not shipped (queue full or log centre down)").register(meters);
        LOG.info("audit records are also shipped to {}", target);
        return s;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "-";
        }
    }

    @Bean
    public FilterRegistrationBean<AuditFilter> auditFilter(AuditTrail trail, MeterRegistry meters,
                                                           @Value("${esip.security.enabled:true}") boolean secured,
                                                           org.springframework.beans.factory.ObjectProvider<SyslogShipper> syslog) {
        SyslogShipper shipper = syslog.getIfAvailable();
        FilterRegistrationBean<AuditFilter> reg = new FilterRegistrationBean<>(new AuditFilter(trail, meters, secured,
                shipper == null ? r -> { } : shipper::offer));
        // before Spring Security's chain (order -100), so refused calls are recorded as well
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        reg.addUrlPatterns("/*");
        return reg;
    }

    /** Deletes day files past the retention at start and then every six hours. */
    @Bean(destroyMethod = "shutdownNow")
    public ScheduledExecutorService auditRetention(AuditTrail trail) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-retention");
            t.setDaemon(true);
            return t;
        });
        s.scheduleWithFixedDelay(() -> {
            try {
                List<String> gone = trail.purge();
                if (!gone.isEmpty()) {
                    LOG.info("audit retention ({} days): deleted {}", trail.retentionDays(), gone);
                }
            } catch (RuntimeException e) {
                LOG.error("audit retention failed: {}", e.getMessage());
            }
        }, 0, 6, TimeUnit.HOURS);
        return s;
    }
}
