package cn.esip.nlp.entity;

import cn.esip.nlp.pipeline.Annotator;
import cn.esip.nlp.pipeline.Document;
import cn.esip.nlp.pipeline.Entity;
import cn.esip.nlp.pipeline.EntityLabels;
import cn.esip.nlp.segment.Token;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person, organisation and place entities: HanLP's recognisers (the tokens' nr/ns/nt tags, so the token
 * annotator must run with entity recognition on) plus patterns for anonymised names (王某, 张某某), company and
 * agency names (…有限公司, …市场监督管理局) and addresses (…路1号). Runs after the pattern and citation
 * annotators: a HanLP name inside a law title, date or amount is dropped.
 */
public final class NamedEntityAnnotator implements Annotator {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final Pattern ANON_NAME = Pattern.compile("(?<!某)[" + SURNAMES + "]某某?(?![某市区县省镇乡村路街道号楼公司局厂店])");
    private static final Pattern ORG = Pattern.compile("[\\u4e00-\\u9fa5（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司|分公司|合作社|个体工商户|"
            + "监督管理局|管理局|管理委员会|委员会|人民政府|公安局|分局|派出所|执法局|执法大队|支队|大队|综合行政执法局|卫生健康委员会|厅|研究院|医院|学校|中心|商行|超市|门市部|经营部|餐馆|饭店|酒店|宾馆|药店|诊所|工厂|厂)");
    private static final Pattern ADDRESS = Pattern.compile("[\\u4e00-\\u9fa5]{2,20}?(?:省|市|区|县|镇|乡|街道)[\\u4e00-\\u9fa5\\d]{0,20}?(?:路|街|巷|道|村|弄)[\\d一二三四五六七八九十]+号");

    private static final java.util.List<String> CUT_AFTER = java.util.List.of("当事人", "被检查人", "被检查单位", "单位名称",
            "名称", "被申请人", "申请人", "经营者", "为", "在", "的", "是", "于", "与", "和", "及", "向", "对", "经", "由", "被",
            "将", "把", "从", "到", "至", "系", "位");

    @Override
    public String name() {
        return "named-entities";
    }

    @Override
    public void annotate(Document doc) {
        String t = doc.text();
        for (Token tok : doc.tokens()) {
            String pos = tok.pos();
            String label = pos.startsWith("nr") ? EntityLabels.PERSON
                    : pos.startsWith("ns") ? EntityLabels.PLACE
                    : pos.startsWith("nt") || pos.startsWith("ni") ? EntityLabels.ORGANIZATION : null;
            if (label != null && tok.text().length() >= 2 && !doc.overlaps(tok.start(), tok.end(), EntityLabels.LAW_CITATION,
                    EntityLabels.DOCUMENT_NUMBER, EntityLabels.DATE, EntityLabels.MONEY)) {
                doc.addEntity(new Entity(label, tok.start(), tok.end(), tok.text(), 0.7, null, "hanlp", Map.of("pos", pos)));
            }
        }
        find(doc, t, ANON_NAME, EntityLabels.PERSON, 0.9);
        find(doc, t, ORG, EntityLabels.ORGANIZATION, 0.8);
        find(doc, t, ADDRESS, EntityLabels.PLACE, 0.8);
    }

    private void find(Document doc, String t, Pattern p, String label, double conf) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            int s = m.start();
            // start an organisation or address after a verb-like or function word the lazy match swallowed
            String text = m.group();
            int cut = -1;
            for (String w : CUT_AFTER) {
                int k = text.lastIndexOf(w);
                if (k >= 0) {
                    cut = Math.max(cut, k + w.length() - 1);
                }
            }
            if (!label.equals(EntityLabels.PERSON) && cut >= 0 && cut < text.length() - 3) {
                s += cut + 1;
            }
            if (m.end() - s >= 2) {
                doc.addEntity(new Entity(label, s, m.end(), t.substring(s, m.end()), conf, null, "pattern", Map.of()));
            }
        }
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> requires() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.TOKENS, cn.esip.nlp.pipeline.Annotation.PATTERN_ENTITIES, cn.esip.nlp.pipeline.Annotation.LAW_CITATIONS);
    }

    @Override
    public java.util.Set<cn.esip.nlp.pipeline.Annotation> produces() {
        return java.util.EnumSet.of(cn.esip.nlp.pipeline.Annotation.NAMED_ENTITIES);
    }
}
