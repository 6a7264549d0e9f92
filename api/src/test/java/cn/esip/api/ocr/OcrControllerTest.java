package cn.esip.api.ocr;

import cn.esip.api.web.ProblemAdvice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The image service's REST endpoints with the real Tesseract. */
@WebMvcTest(controllers = OcrController.class, properties = "esip.security.enabled=false")
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc(addFilters = false)
@Import({OcrConfiguration.class, ProblemAdvice.class, cn.esip.api.privacy.PiiMasking.class})
class OcrControllerTest {

    static {
        // the test class path has competing SLF4J providers (Neo4j's bridge and Logback): keep Spring Boot's hands off logging
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void ocrOfAnUploadedImageAndProblemJsonForBadFiles() throws Exception {
        byte[] png = page("行政处罚决定书");
        mvc.perform(multipart("/api/v1/ocr").file(new MockMultipartFile("file", "scan.bin", "application/octet-stream", png)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("PNG"))
                .andExpect(jsonPath("$.pages[0].blocks[0].lines[0].box.width").isNumber())
                .andExpect(jsonPath("$.text").value(containsString("处罚决定")));

        mvc.perform(multipart("/api/v1/ocr").file(new MockMultipartFile("file", "a.png", "image/png", "not an image".getBytes())))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("unsupported"));

        mvc.perform(multipart("/api/v1/ocr").file(new MockMultipartFile("file", "e.png", "image/png", new byte[0])))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("empty"));

        mvc.perform(multipart("/api/v1/ocr").file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4 broken".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("corrupt"));

        mvc.perform(multipart("/api/v1/ocr").file(new MockMultipartFile("file", "scan.png", "image/png", png)).param("lang", "../../etc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        // still healthy: the visual checks answer for the same page
        mvc.perform(multipart("/api/v1/images/analyze").file(new MockMultipartFile("file", "scan.png", "image/png", png)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pages[0].type.type").value("行政处罚决定书"))
                .andExpect(jsonPath("$.pages[0].seals").isEmpty());
    }

    static byte[] page(String title) throws Exception {
        BufferedImage img = new BufferedImage(1240, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("Noto Serif CJK SC", Font.BOLD, 50));
        g.drawString(title, 420, 120);
        g.setFont(new Font("Noto Serif CJK SC", Font.PLAIN, 34));
        g.drawString("当事人：某某食品有限公司", 120, 260);
        g.drawString("本机关依法作出如下行政处罚决定。", 120, 330);
        g.dispose();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bos);
        return bos.toByteArray();
    }
}
