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

    @Bean
    public FilterRegistrationBean<AuditFilter> auditFilter(AuditTrail trail, MeterRegistry meters,
                                                           @Value("${esip.security.enabled:true}") boolean secured) {
        FilterRegistrationBean<AuditFilter> reg = new FilterRegistrationBean<>(new AuditFilter(trail, meters, secured));
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
