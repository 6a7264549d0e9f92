package cn.esip.ocr;

import cn.esip.ocr.classify.PageClassifier;
import cn.esip.ocr.classify.TypeGuess;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** Page types from image features and the text classifier behind the port (a stand-in here: the NLP one is tested in supervision). */
class PageClassifierTest {

    private final List<String> seen = new ArrayList<>();
    private final PageClassifier pages = new PageClassifier(t -> {
        seen.add(t);
        return t.contains("法制审核") ? Optional.of(new TypeGuess("法制审核意见", 0.8, "stand-in")) : Optional.empty();
    });

    @Test
    void photographsAreSitePhotosWithoutAskingTheTextClassifier() {
        BufferedImage photo = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 60), 400, 300, new Color(160, 140, 120)));
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        TypeGuess t = pages.classify(photo, "");
        assertThat(t.type()).isEqualTo(TypeGuess.PHOTO);
        assertThat(t.method()).isEqualTo("image");
        assertThat(seen).isEmpty();
    }

    @Test
    void aDocumentPageIsWhatTheTextClassifierSaysOrOther() {
        BufferedImage blank = white();
        TypeGuess review = pages.classify(blank, "法制审核意见书\n审核意见：同意");
        assertThat(review.type()).isEqualTo("法制审核意见");
        assertThat(review.method()).isEqualTo("stand-in");
        assertThat(seen).containsExactly("法制审核意见书\n审核意见：同意");

        TypeGuess unknown = pages.classify(blank, "今天天气很好");
        assertThat(unknown.type()).isEqualTo(TypeGuess.OTHER);
        assertThat(unknown.method()).isEqualTo("text");

        TypeGuess empty = pages.classify(blank, "  ");
        assertThat(empty.type()).isEqualTo(TypeGuess.OTHER);
        assertThat(empty.method()).isEqualTo("image");
        assertThat(seen).hasSize(2);
    }

    @Test
    void aTextClassifierIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new PageClassifier(null));
    }

    private static BufferedImage white() {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        return img;
    }
}
