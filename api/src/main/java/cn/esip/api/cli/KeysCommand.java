package cn.esip.api.cli;

import cn.esip.api.auth.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code esip keys rotate}: a new token-signing key under the data directory; older keys keep verifying. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Token signing keys.",
        subcommands = KeysCommand.Rotate.class)
public final class KeysCommand implements Runnable {

    @Override
    public void run() {
        throw new EsipMain.UsageError("name a subcommand: rotate");
    }

    /** {@code keys rotate}. */
    @Command(name = "rotate", mixinStandardHelpOptions = true, description = "Create a new signing key.")
    static final class Rotate implements Callable<Integer> {
        @Mixin
        SecurityDirOption security = new SecurityDirOption();
        @Option(names = "--token-lifetime", defaultValue = "PT1H", description = "Lifetime of tokens (ISO duration).")
        Duration lifetime;

        @Override
        public Integer call() {
            SigningKeys keys = new SigningKeys(security.dir(), lifetime, Clock.systemUTC());
            String id = keys.rotate().getKeyID();
            System.out.println("new signing key " + id + "; " + keys.all().getKeys().size() + " keys verify tokens");
            return 0;
        }
    }
}
