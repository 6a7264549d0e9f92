package cn.esip.nlp.pipeline;

/** One step of the pipeline: reads what earlier steps put on the document and adds its own annotations. */
public interface Annotator {

    /** Short name, shown in results and errors. */
    String name();

    void annotate(Document doc);

    /** What must be on the document before this annotator runs. */
    java.util.Set<Annotation> requires();

    /** What this annotator adds. */
    java.util.Set<Annotation> produces();
}
