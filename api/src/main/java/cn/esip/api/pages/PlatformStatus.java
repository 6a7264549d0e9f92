package cn.esip.api.pages;

import cn.esip.models.ModelRegistry;
import cn.esip.models.ModelStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The models the platform has and lacks, read once from the registry (checksums are not recomputed per page), and
 * said in the log when the server is up: what is missing and how to add it.
 */
@Component
public class PlatformStatus {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformStatus.class);

    private final ModelRegistry models = ModelRegistry.locate();

    public ModelRegistry registry() {
        return models;
    }

    public List<ModelStatus> models() {
        return models.statuses();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void report() {
        List<ModelStatus> all = models();
        long ready = all.stream().filter(ModelStatus::usable).count();
        LOG.info("models: {} of {} installed (registry {}); the start page / shows the index and vectors as they are built",
                ready, all.size(), models.home());
        for (ModelStatus m : all) {
            if (!m.usable()) {
                LOG.warn("model {} ({}) is missing: {} — what needs it is unavailable until it is added",
                        m.descriptor().id(), m.descriptor().task(), m.detail());
            }
        }
    }
}
