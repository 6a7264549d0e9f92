package cn.esip.api.cli;

import org.slf4j.LoggerFactory;

/** Keeps library logging (Neo4j driver, Netty, HanLP) off the console of CLI commands: warnings and errors only. */
final class CliLogging {

    private CliLogging() {
    }

    static void quiet() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
            ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
