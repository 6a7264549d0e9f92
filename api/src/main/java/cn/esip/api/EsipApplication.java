package cn.esip.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring Boot application behind {@code esip serve}: wires the engines to HTTP. */
@SpringBootApplication
public class EsipApplication {

    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(EsipApplication.class, args);
    }
}
