package cn.esip.supervision.casefile;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseArchiveTest {

    final CaseFileReader reader = new CaseFileReader(new DocumentReader(ScanReader.unavailable("no OCR in this test")));

    static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndTexts[i]));
                z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    @Test
    void readsDocumentsAtTheRootOrInOneFolder() throws IOException {
        CaseFile c = CaseArchive.read("x", new ByteArrayInputStream(zip("c1/documents/01-立案审批表.txt", "立案审批表\n同意立案",
                "c1/case.json", "{\"caseNo\": \"某罚〔2024〕1号\"}")), -1, reader);
        assertThat(c.documents()).singleElement().satisfies(d -> assertThat(d.order()).isEqualTo(1));
        assertThat(c.record()).get().extracting(CaseRecord::caseNo).isEqualTo("某罚〔2024〕1号");
    }

    @Test
    void unsafePathsAndBombsAreRefused() throws IOException {
        assertThatThrownBy(() -> CaseArchive.read("x", new ByteArrayInputStream(zip("../documents/a.txt", "x")), -1, reader))
                .isInstanceOf(CaseFileException.class).hasMessageContaining("unsafe path");
        assertThatThrownBy(() -> CaseArchive.read("x", new ByteArrayInputStream(zip("/etc/documents/a.txt", "x")), -1, reader))
                .hasMessageContaining("unsafe path");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("documents/bomb.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertThat(b.size()).isLessThan(100_000);
        assertThatThrownBy(() -> CaseArchive.read("x", new ByteArrayInputStream(b.toByteArray()), -1, reader))
                .hasMessageContaining("zip bomb");
        assertThatThrownBy(() -> CaseArchive.read("x", new ByteArrayInputStream("not a zip".getBytes()), -1, reader))
                .isInstanceOf(CaseFileException.class);
    }

    @Test
    void badDirectoriesAndDocuments(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("no documents/ folder");
        Files.createDirectories(dir.resolve("documents"));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("documents/ is empty");
        Files.write(dir.resolve("documents/01-决定书.pdf"), "%PDF-1.4 broken".getBytes());
        Files.write(dir.resolve("documents/02-空.txt"), new byte[0]);
        Files.writeString(dir.resolve("documents/03-行政处罚决定书.txt"), "某局\n行政处罚决定书\n");
        Files.write(dir.resolve("documents/04-gbk.txt"), "询问笔录\n被询问人：张三".getBytes("GB18030"));
        CaseFile c = reader.read(dir);
        assertThat(c.documents()).extracting(CaseDocument::fileName).containsExactly("03-行政处罚决定书.txt", "04-gbk.txt");
        assertThat(c.documents().get(1).readBy()).isEqualTo("text/GB18030");
        assertThat(c.problems()).anySatisfy(p -> assertThat(p).startsWith("01-决定书.pdf: scanned document not read"))
                .anySatisfy(p -> assertThat(p).startsWith("02-空.txt: the file is empty"));
    }
}
