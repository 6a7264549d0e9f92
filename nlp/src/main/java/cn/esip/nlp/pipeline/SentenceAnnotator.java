package cn.esip.nlp.pipeline;

/** Splits the text into sentences at 。！？!? ；; and line breaks (closing quotes stay with their sentence). */
public final class SentenceAnnotator implements Annotator {

    private static final String ENDS = "。！？!?；;";
    private static final String CLOSERS = "”’」』）)";

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public void annotate(Document doc) {
        String t = doc.text();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i;
            } else if (ENDS.indexOf(c) >= 0) {
                end = i + 1;
                while (end < t.length() && CLOSERS.indexOf(t.charAt(end)) >= 0) {
                    end++;
                }
                i = end - 1;
            }
            if (end >= 0) {
                add(doc, t, start, end);
                start = c == '\n' ? i + 1 : end;
            }
        }
        add(doc, t, start, t.length());
    }

    private static void add(Document doc, String t, int start, int end) {
        while (start < end && Character.isWhitespace(t.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            doc.addSentence(new Sentence(start, end, t.substring(start, end)));
        }
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> requires() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.NORMALIZED_TEXT);
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> produces() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.SENTENCES);
    }
}
