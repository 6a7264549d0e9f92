package cn.esip.ocr;

import cn.esip.ocr.classify.DocumentType;
import cn.esip.ocr.classify.KeywordDocumentTypeClassifier;
import cn.esip.ocr.classify.PageClassifier;
import cn.esip.ocr.classify.TypeGuess;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Page types from text and image features. */
class PageClassifierTest {

    private final KeywordDocumentTypeClassifier keywords = new KeywordDocumentTypeClassifier();

    @Test
    void titlesDecide() {
        assertThat(type("某市市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕15号\n当事人：某某公司")).isEqualTo(DocumentType.行政处罚决定书);
        assertThat(type("询 问 笔 录\n询问时间：2024年3月2日")).isEqualTo(DocumentType.询问笔录);
        assertThat(type("陈述申辩笔录\n陈述申辩人：王某")).isEqualTo(DocumentType.陈述申辩笔录);
        assertThat(type("送达回证\n受送达人：某某公司")).isEqualTo(DocumentType.送达回证);
        assertThat(type("听证告知书\n你单位有要求听证的权利")).isEqualTo(DocumentType.听证告知书);
    }

    @Test
    void bodyPhrasesDecideWithoutATitle() {
        assertThat(type("名称 某某食品有限公司\n统一社会信用代码 91xxxx\n法定代表人 王某\n经营范围 食品销售")).isEqualTo(DocumentType.营业执照);
        assertThat(type("本机关拟作出如下行政处罚。你单位可在三日内提出陈述、申辩，逾期视为放弃")).isEqualTo(DocumentType.行政处罚事先告知书);
        assertThat(keywords.classify("天气很好")).isEmpty();
    }

    @Test
    void photographsAreSitePhotosAndAPluggedClassifierComesFirst() {
        BufferedImage photo = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 60), 400, 300, new Color(160, 140, 120)));
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        assertThat(new PageClassifier(null).classify(photo, "").type()).isEqualTo(DocumentType.现场照片);
        BufferedImage blank = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        blank.getGraphics().fillRect(0, 0, 400, 300);
        TypeGuess plugged = new PageClassifier(t -> Optional.of(new TypeGuess(DocumentType.法制审核意见, 0.8, "nlp")))
                .classify(blank, "任意文本");
        assertThat(plugged.method()).isEqualTo("nlp");
        assertThat(new PageClassifier(null).classify(blank, "").type()).isEqualTo(DocumentType.other);
    }

    private DocumentType type(String text) {
        return keywords.classify(text).map(TypeGuess::type).orElse(DocumentType.other);
    }
}
