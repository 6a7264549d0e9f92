package cn.esip.nlp.privacy;

import cn.esip.nlp.check.CitizenIdValidator;
import cn.esip.nlp.privacy.PersonalData.Kind;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds and masks personal data of natural persons in Chinese text (GB/T 37964 de-identification).
 *
 * <p>The component works by hand-written scanning over the text (no backtracking regular expressions), so
 * its time is linear in the length of the text, and it never throws: {@code null} is treated as empty text.
 * Full-width digits, letters and punctuation (０-９, Ｘ, ＠, ：, （ …) are recognised like their ASCII forms;
 * the masked text keeps every character that is not masked exactly as it was. The rules:
 *
 * <ul>
 * <li><b>Resident id numbers</b> ({@link Kind#ID_NUMBER}): 18 characters (17 digits and a digit or X) whose
 *     GB 11643 check character and birth date are valid, anywhere in the text; old 15-digit numbers only
 *     right after an id label (身份证号 …). The 6-digit region code and the birth year (4 digits, or the
 *     2 digits of an old number) are kept, the rest becomes {@code *}: 320102198805120018 →
 *     3201021988********. Numbers right after an officer's certificate label (执法证号, 检查证号, or
 *     证件号 in an officer's line) or an organisation's code label (统一社会信用代码, 注册号, 许可证号 …)
 *     are left alone.</li>
 * <li><b>Phone numbers</b> ({@link Kind#PHONE}): mobile numbers 1[3-9] + 9 digits (also +86, or grouped
 *     3-4-4 by spaces or hyphens) keep the first 3 and last 4 digits: 139****5678. Landlines with an
 *     area code (025-84561234, 0251-8456123, (025)84561234, and 02584561234 or 84561234 after a phone
 *     label) keep the area code and the last 2 digits: 025-******34; an extension after it is kept.
 *     Numbers followed by a unit (元, 万, 号, 年, %, …) or after ¥/人民币/第 are amounts or ordinals, and
 *     numbers touching letters are codes (统一社会信用代码, 宁环罚〔2024〕15号 never matches), so they stay.
 *     Officers' certificate numbers stay even when they look like a mobile number.</li>
 * <li><b>Bank accounts</b> ({@link Kind#BANK_ACCOUNT}): 16–19 digits, optionally grouped by single
 *     spaces or hyphens, right after a bank label (账号, 账户, 卡号, 银行, 开户行 …), keep the last 4
 *     digits: **** **** **** ***8 901. A number that is a valid id number is an id number. Public
 *     collection accounts (财政, 国库, 非税, 专户, 代收, 罚没 … in the same sentence) are not personal.</li>
 * <li><b>E-mail addresses</b> ({@link Kind#EMAIL}): keep the first character of the local part and the
 *     domain: l***********@163.com.</li>
 * <li><b>Names of natural persons</b> ({@link Kind#PERSON_NAME}) become surname + 某 (张三 → 张某,
 *     欧阳娜娜 → 欧阳某 for the compound surnames 欧阳, 司马, 诸葛, 上官 …). A name is learnt from a label
 *     followed by a colon — 当事人, 被处罚人, (被)申请人, (委托/法定)代理人, 证人, 见证人, 被询问人,
 *     被检查人, 被调查人, 经营者, 户主, 姓名, 举报人, 投诉人, 受害人, and 负责人 only where an individual
 *     business (个体) was mentioned just before — when the value is 2–4 Chinese characters (5 with a
 *     compound surname, longer with a ·) and not an organisation (…公司, 厂, 店, 中心, 合作社, 部, 馆, 院,
 *     所, 站, 社, 局, 委员会, 学校, 超市, 酒店 …); also from "张三，男，…" / "张三（女，…" and
 *     "张三（身份证号…" when the name starts with a known surname. Every occurrence of a learnt name (and of
 *     the names passed to {@link #mask(String, Set)}) anywhere in the text is then masked, longest name
 *     first. Names that are already masked (contain 某) are neither learnt nor changed. Legal
 *     representatives (法定代表人), officers (执法人员, 承办人, 审核人, 询问人, 记录人, 检查人, 局长 …) and
 *     organisations act in office and are not masked, unless the same name is also a party's.</li>
 * <li><b>Home addresses</b> ({@link Kind#ADDRESS}): after 住址, 家庭住址, 现住址, 户籍地, 户籍所在地,
 *     居住地, 暂住地, 家住, 现住, and after 住所/住所地 when the nearest party introduced before is a natural
 *     person, the address keeps its leading administrative divisions up to and including the district or
 *     county level (省/自治区/直辖市, 市/自治州/地区/盟, 区/县/旗/自治县/county-level 市) and the rest up to
 *     the end of the field (， 。 ； 、 a space, a line break, a closing bracket, or the next field label such
 *     as 联系电话 or 身份证) becomes {@code ****}: 江苏省南京市玄武区**** . Without a colon after the cue
 *     (家住…, 现住…) the value must start with an administrative division. Business addresses
 *     (住所 of an organisation, 经营场所, 地址, 注册地址) are not masked.</li>
 * </ul>
 *
 * <p>Where candidates overlap, the first of e-mail, id number, bank account, phone, address, name wins.
 * Birth dates, ages and occupations are not masked. Instances hold no state and may be shared.
 */
public final class Deidentifier {

    /** Creates a de-identifier; it holds no state, so one instance can serve every text. */
    public Deidentifier() {
    }

    /** The spans of personal data in the text, in order, not overlapping. */
    public List<PersonalData> find(String text) {
        return find(text, Set.of());
    }

    /** The text with every personal datum replaced by its mask. */
    public String mask(String text) {
        return mask(text, Set.of());
    }

    /** Names of natural persons that this text introduces (e.g. after 当事人：/姓名：), to be masked in other texts of the same document too. */
    public Set<String> personNames(String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        Scan scan = new Scan(text);
        scan.learnNames();
        return Collections.unmodifiableSet(new LinkedHashSet<>(scan.names));
    }

    /** Masks the text, also masking every occurrence of the given person names (found elsewhere in the same document). */
    public String mask(String text, Set<String> knownNames) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<PersonalData> found = find(text, knownNames);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (PersonalData d : found) {
            out.append(text, at, d.start()).append(d.replacement());
            at = d.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private List<PersonalData> find(String text, Set<String> knownNames) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Scan scan = new Scan(text);
        scan.learnNames();
        scan.numbers();
        scan.emails();
        scan.addresses();
        Set<String> all = new LinkedHashSet<>(scan.names);
        if (knownNames != null) {
            for (String name : knownNames) {
                String s = name == null ? "" : name.strip();
                if (isMaskableName(s)) {
                    all.add(s);
                }
            }
        }
        scan.nameOccurrences(all);
        return scan.resolve();
    }

    // ------------------------------------------------------------------------------------------------
    // word lists

    private static final String COMPOUND_SURNAMES_TEXT =
            "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 端木 长孙 宇文 司徒 申屠 "
                    + "西门 南宫 独孤 呼延 钟离 闻人 赫连 澹台 公冶 太史 轩辕 万俟 濮阳 淳于 单于 拓跋";
    private static final Set<String> COMPOUND_SURNAMES = Set.of(COMPOUND_SURNAMES_TEXT.split(" +"));

    /** Common single-character surnames, used where a name has no label in front of it. */
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                    + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
                    + "孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童"
                    + "凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连"
                    + "芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖"
                    + "巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权"
                    + "强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘"
                    + "亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉"
                    + "植衡富尧闭由黑粱贝扬厍";

    /** First characters that a label's value cannot start with if it is a name. */
    private static final String NOT_FIRST = "本该其我你他她此各无未不某在对是的了与及因从已被将把均系";

    private static final Set<String> NON_NAMES = Set.of(
            "本人", "不详", "同上", "暂无", "没有", "未知", "无名", "签名", "签字", "盖章", "捺印", "性别", "年龄",
            "民族", "住址", "电话", "职业", "单位", "空白", "附后", "见附件", "详见", "如下", "见下", "本案", "本局",
            "本机关", "个人", "自然人", "法人", "其他", "公民", "户主");

    /** Field labels that end a name which was written without punctuation after it. */
    private static final List<String> NAME_FIELD_CUES = List.of(
            "性别", "身份证", "公民身份", "住址", "现住", "住所", "户籍", "电话", "手机", "联系", "出生", "民族",
            "汉族", "年龄", "职业", "工作单位", "籍贯", "文化程度");

    private static final List<String> NAME_PREFIXES = List.of("个体工商户", "个体户", "自然人");

    /** Words of kinship or relation that may run into a name written without a label: 我爱人孙丽（女，…）. */
    private static final List<String> RELATION_WORDS = List.of(
            "爱人", "妻子", "丈夫", "儿子", "女儿", "父亲", "母亲", "哥哥", "姐姐", "弟弟", "妹妹", "之妻", "之夫",
            "之子", "之女", "其妻", "其夫", "朋友", "同事", "邻居", "员工", "职工", "工人", "司机", "店员", "雇员",
            "亲属", "老板");

    private static final List<String> ORG_SUFFIXES = List.of(
            "公司", "厂", "店", "中心", "合作社", "商行", "部", "馆", "院", "所", "站", "社", "局", "委员会", "医院",
            "学校", "超市", "酒店", "饭店", "餐厅", "集团", "银行", "分行", "支行", "协会", "商会", "学会", "基金会",
            "工会", "联合会", "幼儿园", "工作室", "场", "处", "队", "室", "吧", "厅", "坊", "铺", "车行", "药房",
            "门诊", "诊所", "政府", "委会", "商城", "农庄", "宾馆", "大学", "小学", "中学");
    private static final List<String> ORG_KEYWORDS = List.of(
            "公司", "有限", "集团", "合作社", "委员会", "事务所", "股份", "合伙", "经营部", "研究所");

    private enum Role { PARTY, EXCLUDED, INDIVIDUAL_BUSINESS_HEAD }

    private static final Map<String, Role> NAME_LABEL_ROLES = new HashMap<>();

    static {
        for (String s : List.of("当事人", "被处罚人", "被申请人", "申请人", "被检查人", "被调查人", "被询问人",
                "经营者", "姓名", "委托代理人", "代理人", "法定代理人", "证人", "见证人", "户主", "举报人", "投诉人",
                "受害人", "被害人", "被执行人", "复议申请人", "行政相对人", "相对人", "陪同人", "在场人")) {
            NAME_LABEL_ROLES.put(s, Role.PARTY);
        }
        for (String s : List.of("法定代表人", "执法人员", "承办人", "承办人员", "审核人", "审批人", "询问人",
                "记录人", "检查人", "检查人员", "调查人", "调查人员", "办案人员", "执法人", "局长", "副局长", "科长",
                "队长", "主要负责人", "单位负责人", "机关负责人", "部门负责人", "负责人员", "翻译人", "联系人",
                "法人代表")) {
            NAME_LABEL_ROLES.put(s, Role.EXCLUDED);
        }
        NAME_LABEL_ROLES.put("负责人", Role.INDIVIDUAL_BUSINESS_HEAD);
    }

    private static final Lexicon NAME_LABELS = new Lexicon(NAME_LABEL_ROLES.keySet());

    /** What the label right before a number says it is. */
    private enum Cat { ID, CERT, OFFICER, ORG, PHONE, BANK }

    private static final Map<String, Cat> NUMBER_LABEL_CATS = new HashMap<>();

    static {
        put(Cat.ID, "身份证号码", "身份证号", "身份证", "公民身份号码", "身份号码", "身份证件号码", "公民身份证号码");
        put(Cat.CERT, "证件号码", "证件号", "证件编号");
        put(Cat.OFFICER, "执法证号", "执法证件号", "执法证件号码", "执法证编号", "执法证", "执法证件", "检查证号",
                "检查证", "工作证号", "工作证", "执法编号", "证号", "执法证件编号");
        put(Cat.ORG, "统一社会信用代码", "社会信用代码", "信用代码", "注册号", "组织机构代码", "营业执照号",
                "营业执照", "许可证号", "许可证编号", "许可证", "纳税人识别号", "税号", "登记证号", "备案号", "代码");
        put(Cat.PHONE, "电话", "电话号码", "联系电话", "固定电话", "移动电话", "手机", "手机号", "手机号码",
                "联系方式", "座机", "固话", "传真", "办公电话", "家庭电话");
        put(Cat.BANK, "账号", "帐号", "账户", "帐户", "卡号", "银行卡", "银行卡号", "银行", "开户行", "存折",
                "银行账号", "收款账号", "账户号码", "账号码", "银行卡号码", "银行账户号码", "卡号码");
    }

    private static void put(Cat cat, String... words) {
        for (String w : words) {
            NUMBER_LABEL_CATS.put(w, cat);
        }
    }

    private static final Lexicon NUMBER_LABELS = new Lexicon(NUMBER_LABEL_CATS.keySet());

    /** Roles whose line a generic 证件号 belongs to: true for an officer. */
    private static final Map<String, Boolean> ROLE_OFFICER = new HashMap<>();

    static {
        for (String s : List.of("执法人员", "承办人", "承办人员", "审核人", "审批人", "询问人", "记录人", "检查人",
                "检查人员", "调查人", "调查人员", "办案人员", "执法人", "执法证")) {
            ROLE_OFFICER.put(s, true);
        }
        for (String s : List.of("被询问人", "被检查人", "被调查人", "当事人", "被处罚人", "申请人", "被申请人",
                "委托代理人", "代理人", "证人", "见证人", "姓名", "经营者", "户主", "法定代表人", "负责人", "身份证")) {
            ROLE_OFFICER.put(s, false);
        }
    }

    private static final Lexicon ROLES = new Lexicon(ROLE_OFFICER.keySet());

    private static final Lexicon OFFICIAL_ACCOUNT_WORDS =
            new Lexicon(List.of("财政", "国库", "非税", "专户", "代收", "罚没", "汇缴", "执收", "缴款", "罚款缴"));

    private static final Lexicon ID_CUES = new Lexicon(List.of("身份证", "公民身份号码", "公民身份证", "身份号码"));

    private static final Set<String> PARTY_DEPENDENT_ADDRESS_CUES = Set.of("住所地", "住所");
    private static final Set<String> COLONLESS_ADDRESS_CUES = Set.of("现住", "家住", "居住在", "居住于", "住在");
    private static final Lexicon ADDRESS_CUES = new Lexicon(List.of(
            "家庭住址", "现住址", "住址", "户籍所在地", "户籍地址", "户籍地", "现居住地", "居住地", "家庭地址",
            "暂住地", "经常居住地", "现住", "家住", "居住在", "居住于", "住所地", "住所"));

    private static final Lexicon ADDRESS_END_LABELS = new Lexicon(List.of(
            "联系电话", "电话", "手机", "身份证", "公民身份", "邮箱", "电子邮", "邮编", "邮政编码", "职业", "工作单位",
            "民族", "出生", "性别", "联系方式", "户籍", "现住", "住所", "籍贯"));

    private static final Set<String> NON_ADDRESSES = Set.of("同上", "不详", "无", "暂无", "未知", "略");

    /** Stop characters of the administrative prefix of an address (below county level or a house number). */
    private static final String BELOW_COUNTY = "路街镇乡村号巷弄栋幢室组屯";

    private static final List<String> NOT_DISTRICTS = List.of("小区", "社区", "园区", "校区", "景区", "厂区", "营区", "库区", "街区", "片区", "城区");

    private static final String QUANTITY_UNITS = "元万亿千百角号年月日时分秒条款项倍%‰吨件个次人户台辆份期届";

    // ------------------------------------------------------------------------------------------------
    // one pass over one text

    private static final int PRIO_EMAIL = 0;
    private static final int PRIO_ID = 1;
    private static final int PRIO_BANK = 2;
    private static final int PRIO_PHONE = 3;
    private static final int PRIO_ADDRESS = 4;
    private static final int PRIO_NAME = 5;

    private record Candidate(int priority, PersonalData data) {
    }

    private record Intro(int position, boolean person) {
    }

    private record Label(Cat cat, int distance) {
    }

    private static final class Scan {
        final String text;
        /** The text with full-width ASCII forms folded to ASCII and dashes to '-': same length and indices. */
        final String norm;
        /** The characters of {@link #text} and of {@link #norm}, for fast access. */
        final char[] t;
        final char[] m;
        final int n;
        final List<Candidate> candidates = new ArrayList<>();
        final Set<String> names = new LinkedHashSet<>();
        final List<Intro> intros = new ArrayList<>();

        Scan(String text) {
            this.text = text;
            this.norm = normalize(text);
            this.n = text.length();
            this.t = text.toCharArray();
            this.m = norm.toCharArray();
        }

        // ---------------------------------------------------------------- names

        void learnNames() {
            labelledNames();
            genderCue();
            idCue();
            intros.sort(Comparator.comparingInt(Intro::position));
        }

        private void labelledNames() {
            for (int i = 0; i < n; ) {
                String label = NAME_LABELS.startingAt(m, i);
                if (label == null) {
                    i++;
                    continue;
                }
                Role role = NAME_LABEL_ROLES.get(label);
                if (role == Role.INDIVIDUAL_BUSINESS_HEAD) {
                    role = individualBusinessBefore(i) ? Role.PARTY : Role.EXCLUDED;
                }
                int after = i + label.length();
                if (role == Role.PARTY) {
                    labelValue(i, after);
                }
                i = after;
            }
        }

        /** Reads the value after a party label at {@code labelStart}; {@code p} is just after the label. */
        private void labelValue(int labelStart, int p) {
            int q = skipSpaces(p);
            boolean colon = q < n && m[q] == ':';
            if (!colon && q == p) {
                return;
            }
            if (colon) {
                q = skipSpaces(q + 1);
            }
            int r = q;
            while (r < n && r - q < 24 && isNameChar(t[r])) {
                r++;
            }
            if (r == q || (r < n && isNameChar(t[r]))) {
                return;
            }
            String run = stripPrefix(text.substring(q, r));
            if (run.isEmpty()) {
                return;
            }
            if (isOrganisation(run, field(q))) {
                intros.add(new Intro(labelStart, false));
                return;
            }
            if (isMaskedName(run)) {
                intros.add(new Intro(labelStart, true));
                return;
            }
            String name = personName(run, !colon);
            if (name != null) {
                intros.add(new Intro(labelStart, true));
                names.add(name);
            }
        }

        /** "张三，男，1985年…", "张三（女，…": the name before a gender. */
        private void genderCue() {
            for (int g = 2; g < n; g++) {
                char c = m[g];
                if (c != '男' && c != '女') {
                    continue;
                }
                char before = m[g - 1];
                if (before != ',' && before != '(' && before != '、' && before != ' ') {
                    continue;
                }
                if (g + 1 < n) {
                    char a = m[g + 1];
                    if (!(a == ',' || a == ')' || a == '、' || a == ';' || a == '。' || a == ' ' || a == '\n'
                            || a == '\r' || isDigit(a))) {
                        continue;
                    }
                }
                nameBefore(g - 1);
            }
        }

        /** "张三（身份证号…", "张三，公民身份号码…": the name before an id label. */
        private void idCue() {
            for (int q = 2; q < n; ) {
                String cue = ID_CUES.startingAt(m, q);
                if (cue == null) {
                    q++;
                    continue;
                }
                char before = m[q - 1];
                if (before == '(' || before == ',' || before == '、' || before == ' ') {
                    nameBefore(q - 1);
                }
                q += cue.length();
            }
        }

        /** A name that ends just before {@code end}, written without a colon-label: needs a known surname. */
        private void nameBefore(int end) {
            int s = end;
            while (s > 0 && end - s < 16 && isNameChar(t[s - 1])) {
                s--;
            }
            if (s == end || (s > 0 && isNameChar(t[s - 1]))) {
                return;
            }
            String run = text.substring(s, end);
            String label = NAME_LABELS.startingAt(run, 0);
            if (label != null) {
                Role role = NAME_LABEL_ROLES.get(label);
                if (role == Role.INDIVIDUAL_BUSINESS_HEAD) {
                    role = individualBusinessBefore(s) ? Role.PARTY : Role.EXCLUDED;
                }
                if (role == Role.EXCLUDED) {
                    return;
                }
                run = run.substring(label.length());
            } else {
                // "法定代表人：王五，男" — the label before a colon decides
                int k = s;
                while (k > 0 && m[k - 1] == ' ') {
                    k--;
                }
                if (k > 0 && m[k - 1] == ':') {
                    k--;
                    while (k > 0 && m[k - 1] == ' ') {
                        k--;
                    }
                    String before = NAME_LABELS.endingAt(m, k);
                    if (before != null) {
                        Role role = NAME_LABEL_ROLES.get(before);
                        if (role == Role.INDIVIDUAL_BUSINESS_HEAD) {
                            role = individualBusinessBefore(k) ? Role.PARTY : Role.EXCLUDED;
                        }
                        if (role == Role.EXCLUDED) {
                            return;
                        }
                    }
                }
            }
            int rel = -1;
            for (String w : RELATION_WORDS) {
                int at = run.lastIndexOf(w);
                if (at >= 0 && at + w.length() > rel) {
                    rel = at + w.length();
                }
            }
            if (rel > 0) {
                run = run.substring(rel);
            }
            run = stripPrefix(run);
            if (run.isEmpty() || isOrganisation(run, run)) {
                return;
            }
            if (isMaskedName(run)) {
                if (hasSurname(run)) {
                    intros.add(new Intro(s, true));
                }
                return;
            }
            String name = personName(run, true);
            if (name != null) {
                intros.add(new Intro(s, true));
                names.add(name);
            }
        }

        private boolean individualBusinessBefore(int i) {
            int from = Math.max(0, i - 300);
            for (int k = i - 2; k >= from; k--) {
                if (m[k] == '个' && m[k + 1] == '体') {
                    return true;
                }
            }
            return false;
        }

        /** The field starting at {@code q}, up to punctuation or a line end (at most 60 characters). */
        private String field(int q) {
            int e = q;
            while (e < n && e - q < 60) {
                char c = m[e];
                if (c == ',' || c == ';' || c == '。' || c == '\n' || c == '\r' || c == '、' || c == '\t') {
                    break;
                }
                e++;
            }
            return text.substring(q, e);
        }

        void nameOccurrences(Set<String> all) {
            if (all.isEmpty()) {
                return;
            }
            Map<Character, int[]> lengths = new HashMap<>();
            Map<Character, Set<String>> byFirst = new HashMap<>();
            BitSet firsts = new BitSet(65536);
            for (String name : all) {
                char f = name.charAt(0);
                firsts.set(f);
                byFirst.computeIfAbsent(f, k -> new HashSet<>()).add(name);
            }
            for (Map.Entry<Character, Set<String>> e : byFirst.entrySet()) {
                lengths.put(e.getKey(), e.getValue().stream().mapToInt(String::length).distinct()
                        .map(x -> -x).sorted().map(x -> -x).toArray());
            }
            for (int i = 0; i < n; ) {
                char c = t[i];
                if (!firsts.get(c)) {
                    i++;
                    continue;
                }
                Set<String> set = byFirst.get(c);
                String hit = null;
                for (int len : lengths.get(c)) {
                    if (i + len <= n) {
                        String s = text.substring(i, i + len);
                        if (set.contains(s)) {
                            hit = s;
                            break;
                        }
                    }
                }
                if (hit == null) {
                    i++;
                    continue;
                }
                add(PRIO_NAME, i, i + hit.length(), Kind.PERSON_NAME, maskName(hit));
                i += hit.length();
            }
        }

        // ---------------------------------------------------------------- numbers

        void numbers() {
            int i = 0;
            while (i < n) {
                if (!isDigit(m[i])) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && isDigit(m[j])) {
                    j++;
                }
                if (boundaryBefore(i)) {
                    number(i, j);
                }
                i = j;
            }
        }

        private void number(int i, int j) {
            int len = j - i;
            if (len == 18 || (len == 17 && j < n && (m[j] == 'X' || m[j] == 'x'))) {
                int end = len == 18 ? j : j + 1;
                if (boundaryAfter(end, false) && CitizenIdValidator.isValid(norm.substring(i, end))
                        && !officialNumber(i)) {
                    addDigits(PRIO_ID, i, end, Kind.ID_NUMBER, 10, 0);
                    return;
                }
            }
            if (len == 15 && boundaryAfter(j, false) && isOldId(i)) {
                Label label = labelBefore(i);
                if (label != null && label.cat() == Cat.ID) {
                    addDigits(PRIO_ID, i, j, Kind.ID_NUMBER, 8, 0);
                    return;
                }
            }
            if (mobile(i, j) || landline(i, j)) {
                return;
            }
            bank(i, j);
        }

        private boolean mobile(int i, int j) {
            int len = j - i;
            int s = i;
            int e;
            if (len == 11 && mobilePrefix(i)) {
                e = j;
            } else if (len == 13 && norm.startsWith("86", i) && mobilePrefix(i + 2)) {
                s = i + 2;
                e = j;
            } else if (len == 3 && mobilePrefix(i) && j < n && (m[j] == ' ' || m[j] == '-')) {
                char sep = m[j];
                int a = digitsFrom(j + 1);
                if (a != j + 5 || a >= n || m[a] != sep) {
                    return false;
                }
                int b = digitsFrom(a + 1);
                if (b != a + 5) {
                    return false;
                }
                e = b;
            } else {
                return false;
            }
            if (!boundaryAfter(e, false) || quantity(i, e) || officialNumber(i)) {
                return false;
            }
            addDigits(PRIO_PHONE, s, e, Kind.PHONE, 3, 4);
            return true;
        }

        private boolean landline(int i, int j) {
            int len = j - i;
            char first = m[i];
            if (first == '0' && (len == 3 || len == 4) && j < n) {
                boolean paren = i > 0 && m[i - 1] == '(' && m[j] == ')';
                char sep = m[j];
                int k;
                if (paren) {
                    k = j + 1 < n && m[j + 1] == ' ' ? j + 2 : j + 1;
                } else if (sep == '-') {
                    k = j + 1;
                } else if (sep == ' ' && phoneLabel(i, 30)) {
                    k = j + 1;
                } else {
                    k = -1;
                }
                if (k > 0 && k < n) {
                    int r = digitsFrom(k);
                    int sub = r - k;
                    if ((sub == 7 || sub == 8) && m[k] >= '2' && boundaryAfter(r, true)
                            && !quantity(i, r) && !officialNumber(i)) {
                        addDigits(PRIO_PHONE, paren ? i - 1 : i, r, Kind.PHONE, len, 2);
                        return true;
                    }
                }
            }
            if (first == '0' && len >= 10 && len <= 12 && phoneLabel(i, 30) && boundaryAfter(j, true)
                    && !quantity(i, j)) {
                int area = m[i + 1] == '1' || m[i + 1] == '2' ? 3 : 4;
                int sub = len - area;
                if ((sub == 7 || sub == 8) && m[i + area] >= '2') {
                    addDigits(PRIO_PHONE, i, j, Kind.PHONE, area, 2);
                    return true;
                }
            }
            if ((len == 7 || len == 8) && first >= '2' && phoneLabel(i, 8) && boundaryAfter(j, true)
                    && !quantity(i, j)) {
                addDigits(PRIO_PHONE, i, j, Kind.PHONE, 0, 2);
                return true;
            }
            return false;
        }

        private void bank(int i, int j) {
            Label label = labelBefore(i);
            if (label == null || label.cat() != Cat.BANK || officialAccount(i)) {
                return;
            }
            int total = j - i;
            int end = j;
            char sep = 0;
            while (end < n - 1 && total < 19) {
                char c = m[end];
                if ((c != ' ' && c != '-') || (sep != 0 && c != sep)) {
                    break;
                }
                int r = digitsFrom(end + 1);
                if (r == end + 1 || total + (r - end - 1) > 19) {
                    break;
                }
                sep = c;
                total += r - end - 1;
                end = r;
            }
            if (total < 16 || total > 19 || !boundaryAfter(end, false) || quantity(i, end)) {
                return;
            }
            if (total == 18 && sep != 0) {
                StringBuilder digits = new StringBuilder(18);
                for (int k = i; k < end; k++) {
                    if (isDigit(m[k])) {
                        digits.append(m[k]);
                    }
                }
                if (CitizenIdValidator.isValid(digits.toString())) {
                    addDigits(PRIO_ID, i, end, Kind.ID_NUMBER, 10, 0);
                    return;
                }
            }
            addDigits(PRIO_BANK, i, end, Kind.BANK_ACCOUNT, 0, 4);
        }

        private boolean mobilePrefix(int k) {
            return k + 1 < n && m[k] == '1' && m[k + 1] >= '3' && m[k + 1] <= '9';
        }

        private boolean isOldId(int i) {
            char region = m[i];
            if (region < '1' || region > '8') {
                return false;
            }
            int yy = num(i + 6, 2);
            int mm = num(i + 8, 2);
            int dd = num(i + 10, 2);
            if (mm < 1 || mm > 12 || dd < 1 || dd > 31) {
                return false;
            }
            try {
                LocalDate.of(1900 + yy, mm, dd);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }

        private int num(int at, int len) {
            int v = 0;
            for (int k = at; k < at + len; k++) {
                v = v * 10 + (m[k] - '0');
            }
            return v;
        }

        private int digitsFrom(int k) {
            int r = k;
            while (r < n && isDigit(m[r])) {
                r++;
            }
            return r;
        }

        private boolean boundaryBefore(int i) {
            if (i == 0) {
                return true;
            }
            char c = m[i - 1];
            if (isAsciiAlnum(c) || c == '_') {
                return false;
            }
            return !((c == '.' || c == '-' || c == '/') && i >= 2 && isAsciiAlnum(m[i - 2]));
        }

        /** True when the number ending at {@code e} ends there; {@code extension} allows "-801" after it. */
        private boolean boundaryAfter(int e, boolean extension) {
            if (e >= n) {
                return true;
            }
            char c = m[e];
            if (isAsciiAlnum(c) || c == '_') {
                return false;
            }
            boolean digitNext = e + 1 < n && isDigit(m[e + 1]);
            if ((c == '.' || c == '/') && digitNext) {
                return false;
            }
            return !(c == '-' && digitNext && !extension);
        }

        /** An amount, a count or an ordinal rather than a number of a person: 5000元, 第13号, ¥12345678. */
        private boolean quantity(int i, int e) {
            int k = e < n && m[e] == ' ' ? e + 1 : e;
            if (k < n && QUANTITY_UNITS.indexOf(m[k]) >= 0) {
                return true;
            }
            int b = i > 0 && m[i - 1] == ' ' ? i - 1 : i;
            if (b > 0) {
                char c = m[b - 1];
                if (c == '¥' || c == '￥' || c == '$' || c == '第') {
                    return true;
                }
                return b >= 3 && norm.startsWith("人民币", b - 3);
            }
            return false;
        }

        /** An officer's certificate number or an organisation's code, by the label before it. */
        private boolean officialNumber(int i) {
            Label label = labelBefore(i);
            if (label == null) {
                return false;
            }
            return label.cat() == Cat.OFFICER || label.cat() == Cat.ORG
                    || (label.cat() == Cat.CERT && officerLine(i));
        }

        private boolean phoneLabel(int i, int window) {
            Label label = labelBefore(i);
            return label != null && label.cat() == Cat.PHONE && label.distance() <= window;
        }

        /** The nearest number label before {@code i} within 30 characters of the same sentence. */
        private Label labelBefore(int i) {
            for (int e = i; e > 0 && i - e <= 30; e--) {
                char c = m[e - 1];
                if (c == '\n' || c == '\r' || c == '。' || c == ';') {
                    return null;
                }
                String w = NUMBER_LABELS.endingAt(m, e);
                if (w != null) {
                    return new Label(NUMBER_LABEL_CATS.get(w), i - e);
                }
            }
            return null;
        }

        /** Whether the nearest role before {@code i} on its line is an officer's. */
        private boolean officerLine(int i) {
            for (int e = i; e > 0 && i - e <= 80; e--) {
                char c = m[e - 1];
                if (c == '\n' || c == '\r' || c == '。') {
                    return false;
                }
                String w = ROLES.endingAt(m, e);
                if (w != null) {
                    return ROLE_OFFICER.get(w);
                }
            }
            return false;
        }

        /** Whether the sentence before {@code i} speaks of a public collection account. */
        private boolean officialAccount(int i) {
            for (int e = i; e > 0 && i - e <= 80; e--) {
                if (m[e - 1] == '。') {
                    return false;
                }
                if (OFFICIAL_ACCOUNT_WORDS.endingAt(m, e) != null) {
                    return true;
                }
            }
            return false;
        }

        // ---------------------------------------------------------------- e-mail

        void emails() {
            for (int at = 1; at < n - 3; at++) {
                if (m[at] != '@') {
                    continue;
                }
                int s = at;
                while (s > 0 && at - s < 64 && isLocalChar(m[s - 1])) {
                    s--;
                }
                while (s < at && !isAsciiAlnum(m[s])) {
                    s++;
                }
                if (s == at) {
                    continue;
                }
                int e = at + 1;
                while (e < n && e - at < 255 && isDomainChar(m[e])) {
                    e++;
                }
                while (e > at + 1 && (m[e - 1] == '.' || m[e - 1] == '-')) {
                    e--;
                }
                int dot = e - 1;
                while (dot > at + 1 && m[dot] != '.') {
                    dot--;
                }
                if (dot <= at + 1 || e - dot - 1 < 2) {
                    continue;
                }
                boolean tld = true;
                for (int k = dot + 1; k < e; k++) {
                    char c = m[k];
                    tld &= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                }
                if (!tld) {
                    continue;
                }
                StringBuilder r = new StringBuilder(e - s).append(t[s]);
                for (int k = s + 1; k < at; k++) {
                    r.append('*');
                }
                r.append(text, at, e);
                add(PRIO_EMAIL, s, e, Kind.EMAIL, r.toString());
                at = e - 1;
            }
        }

        // ---------------------------------------------------------------- addresses

        void addresses() {
            for (int i = 0; i < n; ) {
                String cue = ADDRESS_CUES.startingAt(m, i);
                if (cue == null) {
                    i++;
                    continue;
                }
                int after = i + cue.length();
                if (!PARTY_DEPENDENT_ADDRESS_CUES.contains(cue) || personPartyBefore(i)) {
                    address(after, COLONLESS_ADDRESS_CUES.contains(cue));
                }
                i = after;
            }
        }

        private void address(int p, boolean colonless) {
            int q = skipSpaces(p);
            boolean colon = false;
            if (q < n && m[q] == ':') {
                colon = true;
                q++;
            } else if (q < n && "为在于是".indexOf(m[q]) >= 0) {
                q++;
            }
            q = skipSpaces(q);
            if (q >= n || !isHan(t[q])) {
                return;
            }
            int e = addressEnd(q);
            if (e <= q) {
                return;
            }
            String value = text.substring(q, e);
            if (NON_ADDRESSES.contains(value)) {
                return;
            }
            int keep = keptPrefix(value);
            if ((keep == 0 && (colonless || !colon)) || keep >= value.length()) {
                return;
            }
            add(PRIO_ADDRESS, q, e, Kind.ADDRESS, value.substring(0, keep) + "****");
        }

        private int addressEnd(int q) {
            int depth = 0;
            int e = q;
            while (e < n && e - q < 120) {
                char c = m[e];
                if (c == '(' || c == '[' || c == '【') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '】') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == ',' || c == ';' || c == '。' || c == '\n' || c == '\r' || c == '\t' || c == ' '
                        || c == '、' || c == '"' || c == '“' || c == '”' || c == '|' || c == ':') {
                    break;
                } else if (e > q && ADDRESS_END_LABELS.startingAt(m, e) != null) {
                    break;
                }
                e++;
            }
            if (e > q && e < n && Character.isHighSurrogate(t[e - 1])) {
                e--;
            }
            return e;
        }

        private boolean personPartyBefore(int i) {
            int lo = 0;
            int hi = intros.size() - 1;
            Intro found = null;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (intros.get(mid).position() < i) {
                    found = intros.get(mid);
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found != null && found.person();
        }

        // ---------------------------------------------------------------- results

        private void addDigits(int priority, int s, int e, Kind kind, int keepFirst, int keepLast) {
            int total = 0;
            for (int k = s; k < e; k++) {
                if (isMaskable(m[k])) {
                    total++;
                }
            }
            StringBuilder r = new StringBuilder(e - s);
            int d = 0;
            for (int k = s; k < e; k++) {
                char c = t[k];
                if (isMaskable(m[k])) {
                    r.append(d < keepFirst || d >= total - keepLast ? c : '*');
                    d++;
                } else {
                    r.append(c);
                }
            }
            add(priority, s, e, kind, r.toString());
        }

        private void add(int priority, int s, int e, Kind kind, String replacement) {
            candidates.add(new Candidate(priority, new PersonalData(s, e, kind, text.substring(s, e), replacement)));
        }

        List<PersonalData> resolve() {
            if (candidates.isEmpty()) {
                return List.of();
            }
            candidates.sort(Comparator.comparingInt(Candidate::priority)
                    .thenComparingInt(c -> c.data().start())
                    .thenComparingInt(c -> -c.data().end()));
            BitSet taken = new BitSet(n);
            List<PersonalData> out = new ArrayList<>();
            for (Candidate c : candidates) {
                PersonalData d = c.data();
                int next = taken.nextSetBit(d.start());
                if (next < 0 || next >= d.end()) {
                    taken.set(d.start(), d.end());
                    out.add(d);
                }
            }
            out.sort(Comparator.comparingInt(PersonalData::start));
            return Collections.unmodifiableList(out);
        }

        private int skipSpaces(int p) {
            int q = p;
            while (q < n && (m[q] == ' ' || m[q] == '\t')) {
                q++;
            }
            return q;
        }
    }

    // ------------------------------------------------------------------------------------------------
    // helpers

    /** The number of leading characters of an address to keep: its divisions down to district/county level. */
    static int keptPrefix(String v) {
        int keep = 0;
        int segStart = 0;
        int level = 0;
        for (int k = 0; k < v.length() && k < 40; k++) {
            char c = v.charAt(k);
            // a stop character opening a segment may still begin a division's name (镇江市, 路北区)
            if (!isHan(c) || (k > segStart && BELOW_COUNTY.indexOf(c) >= 0) || k - segStart >= 12) {
                break;
            }
            if (k == segStart) {
                continue;
            }
            String seg = v.substring(segStart, k + 1);
            int lv = 0;
            if (c == '省' || seg.endsWith("特别行政区") || (level == 0 && seg.endsWith("自治区"))) {
                lv = 1;
            } else if (c == '市') {
                lv = level >= 2 ? 3 : 2;
            } else if (level < 2 && (seg.endsWith("自治州") || seg.endsWith("地区") || c == '盟')) {
                lv = 2;
            } else if (c == '县' || c == '旗' || (c == '区' && NOT_DISTRICTS.stream().noneMatch(seg::endsWith))) {
                lv = 3;
            }
            if (lv > 0) {
                level = lv;
                keep = k + 1;
                segStart = k + 1;
                if (level == 3) {
                    break;
                }
            }
        }
        return keep;
    }

    private static String personName(String run, boolean requireSurname) {
        String r = run;
        boolean dotted = false;
        for (int k = 0; k < r.length(); k++) {
            dotted |= isNameDot(r.charAt(k));
        }
        if (!dotted && r.length() > 4) {
            int cut = -1;
            for (String cue : NAME_FIELD_CUES) {
                int at = r.indexOf(cue, 2);
                if (at >= 2 && (cut < 0 || at < cut)) {
                    cut = at;
                }
            }
            if (cut > 0) {
                r = r.substring(0, cut);
            }
        }
        if (dotted) {
            if (r.length() < 3 || r.length() > 20 || isNameDot(r.charAt(0)) || isNameDot(r.charAt(r.length() - 1))) {
                return null;
            }
        } else {
            boolean compound = r.length() >= 3 && COMPOUND_SURNAMES.contains(r.substring(0, 2));
            if (r.length() < 2 || r.length() > (compound ? 5 : 4)) {
                return null;
            }
        }
        if (r.indexOf('某') >= 0 || NON_NAMES.contains(r) || NOT_FIRST.indexOf(r.charAt(0)) >= 0
                || NAME_LABELS.startingAt(r, 0) != null) {
            return null;
        }
        for (String cue : NAME_FIELD_CUES) {
            if (r.startsWith(cue)) {
                return null;
            }
        }
        if (requireSurname && !hasSurname(r)) {
            return null;
        }
        return r;
    }

    private static boolean hasSurname(String r) {
        return (r.length() >= 2 && COMPOUND_SURNAMES.contains(r.substring(0, 2))) || SURNAMES.indexOf(r.charAt(0)) >= 0;
    }

    /** 张某, 张某某, 某某: a name that is masked already. */
    private static boolean isMaskedName(String run) {
        return run.length() >= 2 && run.length() <= 5 && run.indexOf('某') >= 0;
    }

    private static String stripPrefix(String run) {
        for (String p : NAME_PREFIXES) {
            if (run.startsWith(p)) {
                return run.substring(p.length());
            }
        }
        return run;
    }

    private static boolean isOrganisation(String run, String field) {
        for (String s : ORG_SUFFIXES) {
            if (run.endsWith(s)) {
                return true;
            }
        }
        for (String k : ORG_KEYWORDS) {
            if (field.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name given by the caller can be searched for: 2–20 name characters, not masked already. */
    private static boolean isMaskableName(String s) {
        if (s.length() < 2 || s.length() > 20 || s.indexOf('某') >= 0 || isNameDot(s.charAt(0))) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!isNameChar(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static String maskName(String name) {
        if (name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
            return name.substring(0, 2) + "某";
        }
        return name.charAt(0) + "某";
    }

    private static String normalize(String s) {
        char[] a = s.toCharArray();
        for (int k = 0; k < a.length; k++) {
            char c = a[k];
            if (c >= 0xFF01 && c <= 0xFF5E) {
                a[k] = (char) (c - 0xFEE0);
            } else if (c == 0x3000 || c == 0x00A0) {
                a[k] = ' ';
            } else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212) {
                a[k] = '-';
            }
        }
        return new String(a);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isMaskable(char c) {
        return isDigit(c) || c == 'X' || c == 'x';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLocalChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '-';
    }

    private static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    private static boolean isNameDot(char c) {
        return c == '·' || c == '•' || c == '・';
    }

    private static boolean isNameChar(char c) {
        return isHan(c) || isNameDot(c);
    }

    /** A set of words looked up by their first or last character. */
    private static final class Lexicon {
        private final Map<Character, String[]> byFirst = new HashMap<>();
        private final Map<Character, String[]> byLast = new HashMap<>();
        private final BitSet firsts = new BitSet(65536);
        private final BitSet lasts = new BitSet(65536);

        Lexicon(Iterable<String> words) {
            Map<Character, List<String>> f = new HashMap<>();
            Map<Character, List<String>> l = new HashMap<>();
            for (String w : words) {
                f.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
                l.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
            }
            fill(f, byFirst, firsts);
            fill(l, byLast, lasts);
        }

        private static void fill(Map<Character, List<String>> from, Map<Character, String[]> to, BitSet bits) {
            for (Map.Entry<Character, List<String>> e : from.entrySet()) {
                List<String> ws = new ArrayList<>(e.getValue());
                ws.sort(Comparator.comparingInt(String::length).reversed());
                to.put(e.getKey(), ws.toArray(String[]::new));
                bits.set(e.getKey());
            }
        }

        /** The longest word that starts at {@code i}, or null. */
        String startingAt(String s, int i) {
            return startingAt(s.toCharArray(), i);
        }

        /** The longest word that ends just before {@code end}, or null. */
        String endingAt(String s, int end) {
            return endingAt(s.toCharArray(), end);
        }

        String startingAt(char[] s, int i) {
            if (i < 0 || i >= s.length || !firsts.get(s[i])) {
                return null;
            }
            for (String w : byFirst.get(s[i])) {
                if (matches(s, i, w)) {
                    return w;
                }
            }
            return null;
        }

        String endingAt(char[] s, int end) {
            if (end <= 0 || end > s.length || !lasts.get(s[end - 1])) {
                return null;
            }
            for (String w : byLast.get(s[end - 1])) {
                int st = end - w.length();
                if (st >= 0 && matches(s, st, w)) {
                    return w;
                }
            }
            return null;
        }

        private static boolean matches(char[] s, int at, String w) {
            if (at + w.length() > s.length) {
                return false;
            }
            for (int k = 0; k < w.length(); k++) {
                if (s[at + k] != w.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }
}
