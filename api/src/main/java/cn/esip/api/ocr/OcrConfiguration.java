package cn.esip.api.ocr;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** Spring wiring of the image service (engines start lazily on the first request). */
@Configuration
public class OcrConfiguration {

    @Bean(destroyMethod = "close")
    public ImageServices imageServices(@Value("${esip.ocr.timeout-seconds:300}") long timeoutSeconds) {
        return ImageServices.withTimeout(Duration.ofSeconds(timeoutSeconds));
    }
}
