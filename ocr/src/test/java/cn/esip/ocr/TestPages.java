package cn.esip.ocr;

import cn.esip.ocr.synthetic.LawTexts;
import cn.esip.ocr.synthetic.PageGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where tests find the shared law corpus (../shared/corpus/laws from the repository root). */
final class TestPages {

    private TestPages() {
    }

    static Path corpus() {
        for (String p : new String[]{"../shared/corpus/laws", "../../shared/corpus/laws"}) {
            Path c = Paths.get(p).toAbsolutePath().normalize();
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new IllegalStateException("law corpus ../shared/corpus/laws not found from " + Paths.get("").toAbsolutePath());
    }

    static PageGenerator generator() {
        return new PageGenerator(LawTexts.open(corpus()));
    }
}
