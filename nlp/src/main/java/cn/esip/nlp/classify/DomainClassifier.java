package cn.esip.nlp.classify;

/**
 * The enforcement domain of a case (市场监管, 生态环境, 交通运输, 公安/治安, 城市管理, 应急管理/安全生产, 消防,
 * 卫生健康, 文化旅游, 农业农村, 自然资源, 住房城乡建设, 税务, 人力资源社会保障, other): hand-weighted cues —
 * agency names, the laws each domain enforces (titles as they are cited), and subject-matter words.
 */
public final class DomainClassifier extends CueClassifier {

    /** How this classifier was built (shown with every answer). */
    public static final String METHOD = "hand-written weighted cues (agency names, law titles of the domain, subject words), softmax; not trained: no labelled data";

    /** The cue table (class-path resource; registered in models/catalog). */
    public static final String TABLE = "/cn/esip/nlp/classify/domain-cues.json";

    public DomainClassifier() {
        super(TABLE, METHOD);
    }
}
