package cn.esip.api.cli;

import cn.esip.api.security.SecurityConfiguration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the commands find applications and signing keys: the server's {@code esip.security.dir}, else {@code <data>/security}. */
public final class SecurityDirOption {

    @Mixin
    public DataOptions data = new DataOptions();

    @Option(names = "--security-dir", paramLabel = "DIR", defaultValue = "${ESIP_SECURITY_DIR:-}",
            description = "Directory of applications and signing keys shared by the nodes (default: <data>/security).")
    public String securityDir;

    /** The directory, as the server resolves it. */
    public Path dir() {
        return SecurityConfiguration.securityDir(securityDir, data.data);
    }
}
