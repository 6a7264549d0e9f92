package cn.esip.nlp.classify;

import cn.esip.nlp.pipeline.Annotation;
import cn.esip.nlp.pipeline.Annotator;
import cn.esip.nlp.pipeline.Document;

import java.util.EnumSet;
import java.util.Set;

/** Puts a classifier's answer for the normalised text on the document (document type or enforcement domain). */
public final class ClassifierAnnotator implements Annotator {

    /** Where the document type goes. */
    public static final Document.Key<Classification> DOCUMENT_TYPE = new Document.Key<>("documentType", Classification.class);
    /** Where the enforcement domain goes. */
    public static final Document.Key<Classification> DOMAIN = new Document.Key<>("domain", Classification.class);

    private final String name;
    private final TextClassifier classifier;
    private final Document.Key<Classification> key;
    private final Annotation produces;

    private ClassifierAnnotator(String name, TextClassifier classifier, Document.Key<Classification> key, Annotation produces) {
        this.name = name;
        this.classifier = classifier;
        this.key = key;
        this.produces = produces;
    }

    /** The document-type annotator over {@code types}. */
    public static ClassifierAnnotator documentType(DocumentTypeClassifier types) {
        return new ClassifierAnnotator("document-type", types, DOCUMENT_TYPE, Annotation.DOCUMENT_TYPE);
    }

    /** The enforcement-domain annotator over {@code domains}. */
    public static ClassifierAnnotator domain(DomainClassifier domains) {
        return new ClassifierAnnotator("domain", domains, DOMAIN, Annotation.DOMAIN);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void annotate(Document doc) {
        doc.put(key, classifier.classify(doc.text()));
    }

    @Override
    public Set<Annotation> requires() {
        return EnumSet.of(Annotation.NORMALIZED_TEXT);
    }

    @Override
    public Set<Annotation> produces() {
        return EnumSet.of(produces);
    }
}
