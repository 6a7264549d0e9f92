package cn.esip.kg.index;

import cn.esip.nlp.segment.LegalDictionary;
import cn.esip.nlp.segment.LegalTermSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The legal user dictionary (law names and defined terms) that the last import wrote next to the law index. */
public final class IndexLegalTermSource implements LegalTermSource {

    private final Path indexDir;

    /** A source reading the dictionary of the index in {@code indexDir} (empty while there is none). */
    public IndexLegalTermSource(Path indexDir) {
        this.indexDir = indexDir;
    }

    @Override
    public LegalDictionary toDictionary() {
        try {
            return IndexDictionary.load(indexDir.resolve(IndexDictionary.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the legal dictionary of " + indexDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Collection<String> lawTitles() {
        return words(LegalDictionary.LAW_NAME);
    }

    @Override
    public Collection<String> terms() {
        return words(LegalDictionary.LEGAL_TERM);
    }

    private List<String> words(String pos) {
        return toDictionary().entries().entrySet().stream()
                .filter(e -> pos.equals(e.getValue())).map(Map.Entry::getKey).sorted().toList();
    }
}
