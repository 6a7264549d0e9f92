package cn.esip.models;

import java.util.Map;

/**
 * What the platform knows about one model: identity, provenance, integrity and measured quality.
 *
 * @param id        stable id, e.g. {@code ner-cail}
 * @param task      what it does, e.g. {@code ner}, {@code relation}, {@code asr}, {@code seal-detection}
 * @param engine    what runs it, e.g. {@code HanLP}, {@code DJL/ONNX Runtime}, {@code Vosk}, {@code Tesseract}
 * @param source    where it comes from: Maven artifact, Debian package, or {@code trained here}
 * @param version   version of the model or of its source
 * @param artifact  path of the model file or directory, relative to the models home (or absolute)
 * @param sha256    checksum of the artifact (a directory's checksum covers its files' paths and bytes); null when external
 * @param required  true when the platform ships the artifact (a missing one is a broken install)
 * @param training  how it was trained: command, data, split, seed, parameters (empty for pretrained)
 * @param metrics   measured quality on data it never trained on, with the split named
 * @param notes     anything an operator should know (where to obtain it, limits)
 */
public record ModelDescriptor(String id, String task, String engine, String source, String version,
                              String artifact, String sha256, boolean required,
                              Map<String, Object> training, Map<String, Object> metrics, String notes) {

    public ModelDescriptor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("model descriptor without id");
        }
        training = training == null ? Map.of() : Map.copyOf(training);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }
}
