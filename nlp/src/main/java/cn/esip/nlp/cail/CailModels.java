package cn.esip.nlp.cail;

import cn.esip.models.ModelRegistry;

/** Loads the two committed CAIL2022 models from the model registry (checksums verified). */
public final class CailModels {

    private CailModels() {
    }

    /** The extractor, or an IllegalStateException saying which model is unusable and why. */
    public static CailExtractor load(ModelRegistry registry) {
        CailNerModel ner = CailNerModel.load(registry.require(CailTraining.NER_ID));
        CailRelationModel re = CailRelationModel.load(registry.require(CailTraining.RE_ID));
        return new CailExtractor(ner, re);
    }
}
