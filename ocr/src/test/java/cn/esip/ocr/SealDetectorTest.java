package cn.esip.ocr;

import cn.esip.ocr.synthetic.PageGenerator;
import cn.esip.ocr.synthetic.RenderedPage;
import cn.esip.ocr.model.Box;
import cn.esip.ocr.vision.Seal;
import cn.esip.ocr.vision.SealDetector;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Seal detection on generated pages (a seed the detector was not tuned on). */
class SealDetectorTest {

    private final SealDetector detector = SealDetector.tuned();
    private final PageGenerator gen = TestPages.generator();

    @Test
    void findsSealsOfSeveralInksSizesAndRotations() {
        Random rnd = new Random(77);
        int truth = 0, found = 0;
        for (int i = 0; i < 6; i++) {
            RenderedPage p = gen.sealPage(rnd, 200, 1 + i % 2, i % 3 == 0, i % 2 == 1);
            List<Seal> seals = detector.detect(p.image());
            truth += p.seals().size();
            for (Box b : p.seals()) {
                if (seals.stream().anyMatch(s -> s.box().iou(b) >= 0.5)) {
                    found++;
                }
            }
            assertThat(seals).allSatisfy(s -> assertThat(p.seals()).anyMatch(b -> b.iou(s.box()) >= 0.5));
            assertThat(seals).allSatisfy(s -> assertThat(s.score()).isBetween(detector.threshold(), 1.0));
        }
        assertThat(found).isEqualTo(truth);
    }

    @Test
    void reportsNothingOnCleanPagesOrRedLetterheads() {
        Random rnd = new Random(78);
        for (int i = 0; i < 4; i++) {
            RenderedPage p = gen.sealPage(rnd, 200, 0, i % 2 == 0, i > 1);
            assertThat(detector.detect(p.image())).isEmpty();
        }
    }
}
