package cn.esip.nlp.encode;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cuts the real bge-small-zh-v1.5 graph and runs the results in ONNX Runtime. */
class OnnxGraphCutTest {

    private static byte[] full;
    /** [CLS] 被 告 人 [SEP] */
    private static final long[] IDS = {101, 6158, 1440, 782, 102};

    @BeforeAll
    static void read() throws Exception {
        // DJL creates the process's one ONNX Runtime environment with its own options: let it go first
        System.setProperty("ai.djl.offline", "true");
        ai.djl.engine.Engine.getEngine("OnnxRuntime");
        try (InputStream in = OnnxGraphCutTest.class.getResourceAsStream(BgeSmallZhEncoder.ONNX_RESOURCE)) {
            full = in.readAllBytes();
        }
    }

    private static float[] run(byte[] model) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        long[] shape = {1, IDS.length};
        long[] ones = new long[IDS.length];
        java.util.Arrays.fill(ones, 1);
        try (OrtSession s = env.createSession(model, new OrtSession.SessionOptions());
             OnnxTensor ids = OnnxTensor.createTensor(env, LongBuffer.wrap(IDS), shape);
             OnnxTensor mask = OnnxTensor.createTensor(env, LongBuffer.wrap(ones), shape);
             OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[IDS.length]), shape);
             OrtSession.Result r = s.run(Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
            OnnxTensor out = (OnnxTensor) r.get(0);
            assertThat(out.getInfo().getShape()).containsExactly(1, IDS.length, BgeSmallZhEncoder.DIMENSION);
            var fb = out.getFloatBuffer();
            float[] v = new float[fb.remaining()];
            fb.get(v);
            return v;
        }
    }

    @Test
    void cuttingAtTheOutputKeepsEverythingAndComputesTheSame() throws Exception {
        OnnxGraphCut.Result same = OnnxGraphCut.cut(full, "last_hidden_state");
        assertThat(same.nodesKept()).isEqualTo(same.nodesBefore()).isGreaterThan(500);
        assertThat(same.initializersKept()).isEqualTo(same.initializersBefore());
        assertThat(run(same.model())).isEqualTo(run(full));
    }

    @Test
    void cuttingAtAnInnerLayerDropsTheLayersAbove() throws Exception {
        OnnxGraphCut.Result two = OnnxGraphCut.cut(full, BgeSmallZhEncoder.layerOutput(2));
        OnnxGraphCut.Result one = OnnxGraphCut.cut(full, BgeSmallZhEncoder.layerOutput(1));
        assertThat(one.nodesKept()).isLessThan(two.nodesKept());
        assertThat(two.nodesKept()).isLessThan(two.nodesBefore());
        assertThat(two.initializersKept()).isLessThan(two.initializersBefore());
        assertThat(two.model().length).isLessThan(full.length);
        float[] inner = run(two.model());
        assertThat(inner).isNotEqualTo(run(full)).isNotEqualTo(run(one.model()));
        // cutting the cut graph lower keeps exactly what cutting the whole graph there keeps
        assertThat(OnnxGraphCut.cut(two.model(), BgeSmallZhEncoder.layerOutput(1)).model()).isEqualTo(one.model());
    }

    @Test
    void unknownTensorsAndNonModelsAreRefused() {
        assertThatThrownBy(() -> OnnxGraphCut.cut(full, "/encoder/layer.9/output"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no node");
        assertThatThrownBy(() -> OnnxGraphCut.cut("not a model".getBytes(StandardCharsets.UTF_8), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an ONNX model");
    }
}
