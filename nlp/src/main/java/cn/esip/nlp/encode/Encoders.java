package cn.esip.nlp.encode;

/** The process-wide encoder instances, loaded on first use and closed at exit. */
public final class Encoders {

    private static volatile CharEncoder bge;

    private Encoders() {
    }

    /** The shared bge-small-zh-v1.5 encoder. */
    public static CharEncoder bge() {
        CharEncoder e = bge;
        if (e == null) {
            synchronized (Encoders.class) {
                e = bge;
                if (e == null) {
                    e = BgeSmallZhEncoder.open();
                    CharEncoder closing = e;
                    Runtime.getRuntime().addShutdownHook(new Thread(closing::close, "esip-encoder-close"));
                    bge = e;
                }
            }
        }
        return e;
    }
}
