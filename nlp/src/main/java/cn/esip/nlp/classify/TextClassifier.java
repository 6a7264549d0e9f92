package cn.esip.nlp.classify;

/** Something that puts a text into one of its classes, saying how sure it is and why. */
public interface TextClassifier {

    /** The class of {@code text}, or {@link CueClassifier#OTHER} when nothing points to one. */
    Classification classify(String text);
}
