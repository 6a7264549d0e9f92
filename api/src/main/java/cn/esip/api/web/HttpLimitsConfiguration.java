package cn.esip.api.web;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** HTTP limits and errors of the embedded Tomcat: the body-size check, and problem+json for Tomcat's own refusals. */
@Configuration
public class HttpLimitsConfiguration {

    /** The declared-size check, right after the audit filter so that refusals are recorded. */
    @Bean
    public FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(
            @Value("${esip.http.max-body:64MB}") DataSize max) {
        FilterRegistrationBean<BodySizeLimitFilter> reg = new FilterRegistrationBean<>(new BodySizeLimitFilter(max.toBytes()));
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        reg.addUrlPatterns("/*");
        return reg;
    }

    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType()) || context.getParent() == null) {
                return;
            }
            Pipeline pipeline = context.getParent().getPipeline();
            boolean present = false;
            for (Valve v : pipeline.getValves()) {
                if (v instanceof ProblemErrorReportValve) {
                    present = true;
                } else if (v instanceof ErrorReportValve) {
                    pipeline.removeValve(v);
                }
            }
            if (!present) {
                pipeline.addValve(new ProblemErrorReportValve());
            }
        }));
    }
}
