package cn.esip.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the CAIL2022 data lies: an explicit directory, else ../shared/datasets/cail2022-ie next to the repository. */
public final class CailDataLocation {

    private CailDataLocation() {
    }

    public static Path resolve(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String home = System.getProperty("esip.home");
        Path base = home == null ? Paths.get("").toAbsolutePath() : Paths.get(home);
        Path p = base.resolve("../shared/datasets/cail2022-ie").normalize();
        if (Files.isDirectory(p)) {
            return p;
        }
        return Paths.get("../shared/datasets/cail2022-ie").toAbsolutePath().normalize();
    }
}
