package cn.esip.nlp.cail;

import cn.esip.models.ModelRegistry;

/** Loads the committed CAIL2022 models from the model registry (checksums verified). */
public final class CailModels {

    /** The entity tagger used unless another is asked for. */
    public static final String DEFAULT_NER = CailTraining.NER_BGE_ID;
    /** System property that picks the entity tagger ({@code ner-cail-bge} or the faster {@code ner-cail}). */
    public static final String NER_PROPERTY = "esip.nlp.ner";

    private CailModels() {
    }

    /**
     * The extractor with the tagger named by {@value #NER_PROPERTY} (default {@link #DEFAULT_NER}), or an
     * IllegalStateException saying which model is unusable and why.
     */
    public static CailExtractor load(ModelRegistry registry) {
        return load(registry, System.getProperty(NER_PROPERTY, DEFAULT_NER));
    }

    /** The extractor with entity tagger {@code nerId} ({@code ner-cail} or {@code ner-cail-bge}). */
    public static CailExtractor load(ModelRegistry registry, String nerId) {
        if (!nerId.equals(CailTraining.NER_ID) && !nerId.equals(CailTraining.NER_BGE_ID)) {
            throw new IllegalArgumentException("unknown entity tagger '" + nerId + "' (known: " + CailTraining.NER_ID
                    + ", " + CailTraining.NER_BGE_ID + ")");
        }
        CailNerModel ner = CailNerModel.load(registry.require(nerId));
        CailRelationModel re = CailRelationModel.load(registry.require(CailTraining.RE_ID));
        return new CailExtractor(ner, re, nerId);
    }
}
