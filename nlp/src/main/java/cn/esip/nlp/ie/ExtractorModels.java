package cn.esip.nlp.ie;

import cn.esip.models.ModelRegistry;

/** Loads the committed CAIL2022 models from the model registry (checksums verified). */
public final class ExtractorModels {

    /** The entity tagger used unless another is asked for. */
    public static final String DEFAULT_NER = ExtractorTraining.NER_FT_ID;
    /** System property that picks the entity tagger ({@code ner-cail-ft}, {@code ner-cail-bge} or {@code ner-cail}). */
    public static final String NER_PROPERTY = "esip.nlp.ner";

    private ExtractorModels() {
    }

    /**
     * The extractor with the tagger named by {@value #NER_PROPERTY} (default {@link #DEFAULT_NER}), or an
     * IllegalStateException saying which model is unusable and why.
     */
    public static EntityRelationExtractor load(ModelRegistry registry) {
        return load(registry, System.getProperty(NER_PROPERTY, DEFAULT_NER));
    }

    /** The entity taggers there are. */
    public static final java.util.List<String> TAGGERS = java.util.List.of(ExtractorTraining.NER_FT_ID, ExtractorTraining.NER_BGE_ID,
            ExtractorTraining.NER_ID);

    /** The extractor with entity tagger {@code nerId} (one of {@link #TAGGERS}). */
    public static EntityRelationExtractor load(ModelRegistry registry, String nerId) {
        if (!TAGGERS.contains(nerId)) {
            throw new IllegalArgumentException("unknown entity tagger '" + nerId + "' (known: "
                    + String.join(", ", TAGGERS) + ")");
        }
        EntityTagger ner = EntityTagger.load(registry.require(nerId));
        RelationModel re = RelationModel.load(registry.require(ExtractorTraining.RE_ID));
        return new EntityRelationExtractor(ner, re, nerId);
    }
}
