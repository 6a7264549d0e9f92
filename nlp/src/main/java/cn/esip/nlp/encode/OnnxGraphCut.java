package cn.esip.nlp.encode;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import com.google.protobuf.UnsafeByteOperations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts an ONNX model at one of its inner tensors: keeps the nodes and weights that tensor depends on and makes it
 * the graph's only output, so that a transformer runs up to an inner layer and no further.
 *
 * <p>It edits the protobuf wire format through protobuf-java's {@link UnknownFieldSet}, with the field numbers of
 * onnx.proto, so no generated ONNX classes are needed. Node order (topological) is kept. Nodes with sub-graphs
 * (If, Loop, Scan) are rejected, because their implicit inputs are not followed.
 */
public final class OnnxGraphCut {

    // field numbers of onnx.proto
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_OUTPUT = 12;
    private static final int GRAPH_VALUE_INFO = 13;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_OP_TYPE = 4;
    private static final int TENSOR_NAME = 8;
    private static final int VALUE_INFO_NAME = 1;
    private static final int VALUE_INFO_TYPE = 2;
    private static final int TYPE_TENSOR = 1;
    private static final int TENSOR_TYPE_ELEM = 1;
    private static final Set<String> SUBGRAPH_OPS = Set.of("If", "Loop", "Scan");

    /** What a cut kept of the graph. */
    public record Result(byte[] model, int nodesKept, int nodesBefore, int initializersKept, int initializersBefore) {
    }

    private OnnxGraphCut() {
    }

    /**
     * The model cut at {@code tensor}, which becomes its only output, typed with the element type of the model's
     * first output (shape left to inference).
     *
     * @throws IllegalArgumentException when the bytes are no ONNX model or no node produces {@code tensor}
     */
    public static Result cut(byte[] onnx, String tensor) {
        UnknownFieldSet model = parse(UnsafeByteOperations.unsafeWrap(onnx), "model");
        UnknownFieldSet graph = parse(single(model, MODEL_GRAPH, "ModelProto.graph"), "graph");
        List<ByteString> nodes = graph.getField(GRAPH_NODE).getLengthDelimitedList();
        List<List<String>> inputs = new ArrayList<>(nodes.size());
        List<List<String>> outputs = new ArrayList<>(nodes.size());
        List<String> ops = new ArrayList<>(nodes.size());
        for (ByteString n : nodes) {
            UnknownFieldSet node = parse(n, "node");
            inputs.add(strings(node, NODE_INPUT));
            outputs.add(strings(node, NODE_OUTPUT));
            List<String> op = strings(node, NODE_OP_TYPE);
            ops.add(op.isEmpty() ? "" : op.get(0));
        }
        Set<String> needed = new HashSet<>();
        needed.add(tensor);
        boolean[] keep = new boolean[nodes.size()];
        boolean produced = false;
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (outputs.get(i).stream().anyMatch(needed::contains)) {
                if (SUBGRAPH_OPS.contains(ops.get(i))) {
                    throw new IllegalArgumentException("cannot cut through a " + ops.get(i) + " node (sub-graph)");
                }
                keep[i] = true;
                produced |= outputs.get(i).contains(tensor);
                for (String in : inputs.get(i)) {
                    if (!in.isEmpty()) {
                        needed.add(in);
                    }
                }
            }
        }
        if (!produced) {
            throw new IllegalArgumentException("no node of the model produces tensor '" + tensor + "'");
        }
        UnknownFieldSet.Field.Builder keptNodes = UnknownFieldSet.Field.newBuilder();
        int nodesKept = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (keep[i]) {
                keptNodes.addLengthDelimited(nodes.get(i));
                nodesKept++;
            }
        }
        List<ByteString> inits = graph.getField(GRAPH_INITIALIZER).getLengthDelimitedList();
        UnknownFieldSet.Field.Builder keptInits = UnknownFieldSet.Field.newBuilder();
        int initsKept = 0;
        for (ByteString t : inits) {
            List<String> name = strings(parse(t, "initializer"), TENSOR_NAME);
            if (!name.isEmpty() && needed.contains(name.get(0))) {
                keptInits.addLengthDelimited(t);
                initsKept++;
            }
        }
        UnknownFieldSet output = UnknownFieldSet.newBuilder()
                .addField(VALUE_INFO_NAME, UnknownFieldSet.Field.newBuilder()
                        .addLengthDelimited(ByteString.copyFromUtf8(tensor)).build())
                .addField(VALUE_INFO_TYPE, UnknownFieldSet.Field.newBuilder()
                        .addLengthDelimited(elementTypeOnly(graph).toByteString()).build())
                .build();
        UnknownFieldSet newGraph = UnknownFieldSet.newBuilder(graph)
                .clearField(GRAPH_NODE).addField(GRAPH_NODE, keptNodes.build())
                .clearField(GRAPH_INITIALIZER).addField(GRAPH_INITIALIZER, keptInits.build())
                .clearField(GRAPH_VALUE_INFO)
                .clearField(GRAPH_OUTPUT).addField(GRAPH_OUTPUT, UnknownFieldSet.Field.newBuilder()
                        .addLengthDelimited(output.toByteString()).build())
                .build();
        UnknownFieldSet newModel = UnknownFieldSet.newBuilder(model)
                .clearField(MODEL_GRAPH).addField(MODEL_GRAPH, UnknownFieldSet.Field.newBuilder()
                        .addLengthDelimited(newGraph.toByteString()).build())
                .build();
        return new Result(newModel.toByteArray(), nodesKept, nodes.size(), initsKept, inits.size());
    }

    /** A TypeProto with the element type of the graph's first output and no shape. */
    private static UnknownFieldSet elementTypeOnly(UnknownFieldSet graph) {
        ByteString firstOutput = single(graph, GRAPH_OUTPUT, "GraphProto.output");
        UnknownFieldSet type = parse(single(parse(firstOutput, "output"), VALUE_INFO_TYPE, "ValueInfoProto.type"), "type");
        UnknownFieldSet tensorType = parse(single(type, TYPE_TENSOR, "TypeProto.tensor_type"), "tensor type");
        List<Long> elem = tensorType.getField(TENSOR_TYPE_ELEM).getVarintList();
        if (elem.isEmpty()) {
            throw new IllegalArgumentException("the model's first output has no element type");
        }
        UnknownFieldSet newTensorType = UnknownFieldSet.newBuilder()
                .addField(TENSOR_TYPE_ELEM, UnknownFieldSet.Field.newBuilder().addVarint(elem.get(0)).build())
                .build();
        return UnknownFieldSet.newBuilder()
                .addField(TYPE_TENSOR, UnknownFieldSet.Field.newBuilder()
                        .addLengthDelimited(newTensorType.toByteString()).build())
                .build();
    }

    private static ByteString single(UnknownFieldSet msg, int field, String what) {
        List<ByteString> v = msg.getField(field).getLengthDelimitedList();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("not an ONNX model: no " + what);
        }
        return v.get(0);
    }

    private static List<String> strings(UnknownFieldSet msg, int field) {
        List<ByteString> v = msg.getField(field).getLengthDelimitedList();
        List<String> out = new ArrayList<>(v.size());
        for (ByteString b : v) {
            out.add(b.toStringUtf8());
        }
        return out;
    }

    private static UnknownFieldSet parse(ByteString bytes, String what) {
        try {
            return UnknownFieldSet.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not an ONNX model: bad " + what + " (" + e.getMessage() + ")", e);
        }
    }
}
