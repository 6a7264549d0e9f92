package cn.esip.api.cli;

import cn.esip.models.ModelRegistry;
import cn.esip.nlp.cail.CailModels;
import cn.esip.nlp.service.NlpService;

/** Builds the NLP service for commands and the REST API: CAIL models from the registry when usable. */
public final class NlpServices {

    private NlpServices() {
    }

    /** The service with whatever models are installed (missing ones listed in {@link NlpService#unavailable()}). */
    public static NlpService.Builder fromRegistry(ModelRegistry registry) {
        NlpService.Builder b = NlpService.builder();
        try {
            b.cail(CailModels.load(registry));
        } catch (IllegalStateException | java.util.NoSuchElementException | java.io.UncheckedIOException e) {
            b.cailUnavailable(e.getMessage());
        }
        return b;
    }
}
