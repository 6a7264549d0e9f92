package cn.esip.nlp.encode;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * One ONNX graph run by DJL's ONNX Runtime engine, offline and on one thread per call, shared by concurrent callers:
 * each call borrows a predictor (they are not thread-safe) and gives it back for the next.
 */
public final class OnnxSession implements AutoCloseable {

    private final String label;
    private final ZooModel<NDList, NDList> model;
    private final ConcurrentLinkedQueue<Predictor<NDList, NDList>> predictors = new ConcurrentLinkedQueue<>();

    private OnnxSession(String label, ZooModel<NDList, NDList> model) {
        this.label = label;
        this.model = model;
    }

    /**
     * Loads {@code dir}/{@code name}.onnx; {@code label} names it in errors.
     *
     * @throws IllegalStateException when the engine cannot load it
     */
    public static OnnxSession open(Path dir, String name, String label) throws IOException {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(dir)
                .optModelName(name)
                .optEngine("OnnxRuntime")
                .optOption("interOpNumThreads", "1")
                .optOption("intraOpNumThreads", "1")
                .build();
        try {
            return new OnnxSession(label, criteria.loadModel());
        } catch (ModelNotFoundException | MalformedModelException e) {
            throw new IllegalStateException("cannot load " + label + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs the graph on the named inputs that {@code inputs} makes in a scratch manager (freed afterwards) and returns
     * its first output as floats.
     *
     * @throws IllegalStateException when the engine fails
     */
    public float[] run(Function<NDManager, NDList> inputs) {
        Predictor<NDList, NDList> p = predictors.poll();
        if (p == null) {
            p = model.newPredictor();
        }
        try (NDManager m = model.getNDManager().newSubManager()) {
            return p.predict(inputs.apply(m)).get(0).toFloatArray();
        } catch (TranslateException e) {
            throw new IllegalStateException(label + " failed: " + e.getMessage(), e);
        } finally {
            predictors.add(p);
        }
    }

    @Override
    public void close() {
        Predictor<NDList, NDList> p;
        while ((p = predictors.poll()) != null) {
            p.close();
        }
        model.close();
    }
}
