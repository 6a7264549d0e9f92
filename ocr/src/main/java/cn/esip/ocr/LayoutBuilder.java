package cn.esip.ocr;

import cn.esip.ocr.model.Box;
import cn.esip.ocr.model.OcrBlock;
import cn.esip.ocr.model.OcrLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups lines (in reading order) into blocks where the vertical gap or the left edge jumps. */
final class LayoutBuilder {

    private LayoutBuilder() {
    }

    static List<OcrBlock> blocks(List<OcrLine> lines) {
        List<OcrBlock> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        List<Integer> heights = new ArrayList<>(lines.stream().map(l -> l.box().height()).toList());
        heights.sort(Comparator.naturalOrder());
        int lh = Math.max(1, heights.get(heights.size() / 2));
        List<OcrLine> cur = new ArrayList<>();
        OcrLine prev = null;
        for (OcrLine l : lines) {
            if (prev != null) {
                int gap = l.box().y() - prev.box().bottom();
                boolean jump = gap > 1.2 * lh || gap < -lh || Math.abs(l.box().x() - prev.box().x()) > 6 * lh
                        && Math.abs(l.box().right() - prev.box().right()) > 6 * lh;
                if (jump) {
                    out.add(block(cur));
                    cur = new ArrayList<>();
                }
            }
            cur.add(l);
            prev = l;
        }
        out.add(block(cur));
        return out;
    }

    private static OcrBlock block(List<OcrLine> lines) {
        Box b = lines.get(0).box();
        double conf = 0;
        for (OcrLine l : lines) {
            b = b.union(l.box());
            conf += l.confidence();
        }
        return new OcrBlock(b, Math.round(conf / lines.size() * 10) / 10.0, lines);
    }

    static String text(List<OcrBlock> blocks) {
        StringBuilder sb = new StringBuilder();
        for (OcrBlock b : blocks) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.toString();
    }
}
