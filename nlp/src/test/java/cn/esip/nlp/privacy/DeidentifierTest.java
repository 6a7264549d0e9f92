package cn.esip.nlp.privacy;

import cn.esip.nlp.privacy.PersonalData.Kind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class DeidentifierTest {

    private final Deidentifier deidentifier = new Deidentifier();

    /** An invented penalty decision: a natural-person party, an organisation party, officers, a public account. */
    private static final String DECISION = """
            南京市生态环境局
            行政处罚决定书
            宁环罚〔2024〕15号

            当事人：李小明，男，1988年5月12日出生，汉族，公民身份号码：320102198805120018，住址：江苏省南京市玄武区孝陵卫街道钟灵街88号3栋502室，户籍地：安徽省合肥市肥西县上派镇三河村12号，联系电话：13912345678，固定电话：025-84561234，传真：0251-8456123，电子邮箱：lixiaoming88@163.com。

            当事人：南京绿源环保科技有限公司
            统一社会信用代码：91320102MA1W8X5N3F
            法定代表人：王建国，男，1970年2月3日出生
            住所：南京市鼓楼区中山北路100号
            经营场所：南京市江宁区秣陵街道胜太路58号

            2024年1月8日，我局执法人员王建华（执法证号：32010019001）、赵敏（执法证号：13020010002）对南京绿源环保科技有限公司进行现场检查，发现该公司未经批准擅自排放生产废水。经查，李小明系该公司生产主管，受王建国指使于2023年12月1日至2024年1月8日期间组织排放，并通过其本人名下中国农业银行账户（账号：6228 4800 1234 5678 901）收取处理费用人民币12000元。证人欧阳娜娜（身份证号：340122196503030041）证实了上述事实。

            当事人的行为违反了《中华人民共和国水污染防治法》第三十九条的规定，依据该法第八十三条第一款第（三）项，我局决定：
            一、对南京绿源环保科技有限公司罚款人民币500000元（伍拾万元整）；
            二、对李小明罚款人民币50000元（伍万元整）。
            请于接到本决定书之日起十五日内将罚款缴至指定银行，户名：南京市财政局非税收入汇缴结算户，账号：3201010910000012345。

            南京市生态环境局
            2024年3月15日
            """;

    private static final String DECISION_MASKED = """
            南京市生态环境局
            行政处罚决定书
            宁环罚〔2024〕15号

            当事人：李某，男，1988年5月12日出生，汉族，公民身份号码：3201021988********，住址：江苏省南京市玄武区****，户籍地：安徽省合肥市肥西县****，联系电话：139****5678，固定电话：025-******34，传真：0251-*****23，电子邮箱：l***********@163.com。

            当事人：南京绿源环保科技有限公司
            统一社会信用代码：91320102MA1W8X5N3F
            法定代表人：王建国，男，1970年2月3日出生
            住所：南京市鼓楼区中山北路100号
            经营场所：南京市江宁区秣陵街道胜太路58号

            2024年1月8日，我局执法人员王建华（执法证号：32010019001）、赵敏（执法证号：13020010002）对南京绿源环保科技有限公司进行现场检查，发现该公司未经批准擅自排放生产废水。经查，李某系该公司生产主管，受王建国指使于2023年12月1日至2024年1月8日期间组织排放，并通过其本人名下中国农业银行账户（账号：**** **** **** ***8 901）收取处理费用人民币12000元。证人欧阳某（身份证号：3401221965********）证实了上述事实。

            当事人的行为违反了《中华人民共和国水污染防治法》第三十九条的规定，依据该法第八十三条第一款第（三）项，我局决定：
            一、对南京绿源环保科技有限公司罚款人民币500000元（伍拾万元整）；
            二、对李某罚款人民币50000元（伍万元整）。
            请于接到本决定书之日起十五日内将罚款缴至指定银行，户名：南京市财政局非税收入汇缴结算户，账号：3201010910000012345。

            南京市生态环境局
            2024年3月15日
            """;

    /** An invented inquiry record of the same case. */
    private static final String RECORD = """
            询问笔录
            时间：2024年1月10日9时30分至10时45分
            地点：南京市生态环境局执法支队301室
            询问人：王建华（执法证号：32010019001）  记录人：赵敏（执法证号：13020010002）
            被询问人：李小明  性别：男  年龄：35岁
            身份证号码：320102198805120018
            现住址：江苏省南京市玄武区孝陵卫街道钟灵街88号3栋502室
            联系电话：139 1234 5678
            工作单位：南京绿源环保科技有限公司  职务：生产主管
            问：我们是南京市生态环境局的执法人员（出示执法证件），现依法向你了解情况，你要如实回答，听清楚了吗？
            答：听清楚了。
            问：公司的法定代表人是谁？
            答：王建国。
            问：处理费用是怎么收取的？
            答：打到我的中国工商银行卡上，卡号6222 0212 3456 7890 123。
            问：还有谁知道这件事？
            答：我爱人孙丽（女，1990年8月17日出生，身份证号：320104199008172568）也知道。
            被询问人签名：李小明
            """;

    private static final String RECORD_MASKED = """
            询问笔录
            时间：2024年1月10日9时30分至10时45分
            地点：南京市生态环境局执法支队301室
            询问人：王建华（执法证号：32010019001）  记录人：赵敏（执法证号：13020010002）
            被询问人：李某  性别：男  年龄：35岁
            身份证号码：3201021988********
            现住址：江苏省南京市玄武区****
            联系电话：139 **** 5678
            工作单位：南京绿源环保科技有限公司  职务：生产主管
            问：我们是南京市生态环境局的执法人员（出示执法证件），现依法向你了解情况，你要如实回答，听清楚了吗？
            答：听清楚了。
            问：公司的法定代表人是谁？
            答：王建国。
            问：处理费用是怎么收取的？
            答：打到我的中国工商银行卡上，卡号**** **** **** ***0 123。
            问：还有谁知道这件事？
            答：我爱人孙某（女，1990年8月17日出生，身份证号：3201041990********）也知道。
            被询问人签名：李某
            """;

    @Test
    void decisionIsMaskedExactlyAsSpecified() {
        assertThat(deidentifier.mask(DECISION)).isEqualTo(DECISION_MASKED);
    }

    @Test
    void decisionSpansNameEveryKindWithItsOffsetsAndReplacement() {
        List<PersonalData> found = deidentifier.find(DECISION);
        assertThat(found).extracting(PersonalData::kind).containsExactly(
                Kind.PERSON_NAME, Kind.ID_NUMBER, Kind.ADDRESS, Kind.ADDRESS, Kind.PHONE, Kind.PHONE, Kind.PHONE,
                Kind.EMAIL, Kind.PERSON_NAME, Kind.BANK_ACCOUNT, Kind.PERSON_NAME, Kind.ID_NUMBER, Kind.PERSON_NAME);
        assertThat(found).extracting(PersonalData::original).containsExactly(
                "李小明", "320102198805120018", "江苏省南京市玄武区孝陵卫街道钟灵街88号3栋502室", "安徽省合肥市肥西县上派镇三河村12号",
                "13912345678", "025-84561234", "0251-8456123", "lixiaoming88@163.com", "李小明",
                "6228 4800 1234 5678 901", "欧阳娜娜", "340122196503030041", "李小明");
        assertThat(found).extracting(PersonalData::replacement).containsExactly(
                "李某", "3201021988********", "江苏省南京市玄武区****", "安徽省合肥市肥西县****", "139****5678",
                "025-******34", "0251-*****23", "l***********@163.com", "李某", "**** **** **** ***8 901", "欧阳某",
                "3401221965********", "李某");
        int previousEnd = 0;
        for (PersonalData d : found) {
            assertThat(d.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(DECISION.substring(d.start(), d.end())).isEqualTo(d.original());
            previousEnd = d.end();
        }
        PersonalData id = found.get(1);
        assertThat(id.replacement()).hasSameSizeAs(id.original());
    }

    @Test
    void whatActsInOfficeStaysVerbatim() {
        String masked = deidentifier.mask(DECISION);
        assertThat(masked).contains(
                "宁环罚〔2024〕15号",
                "当事人：南京绿源环保科技有限公司",
                "统一社会信用代码：91320102MA1W8X5N3F",
                "法定代表人：王建国，男，1970年2月3日出生",
                "受王建国指使",
                "住所：南京市鼓楼区中山北路100号",
                "经营场所：南京市江宁区秣陵街道胜太路58号",
                "执法人员王建华（执法证号：32010019001）、赵敏（执法证号：13020010002）",
                "2024年1月8日", "2023年12月1日", "2024年3月15日", "1988年5月12日出生",
                "人民币12000元", "罚款人民币500000元（伍拾万元整）", "罚款人民币50000元（伍万元整）",
                "第三十九条", "第八十三条第一款第（三）项",
                "户名：南京市财政局非税收入汇缴结算户，账号：3201010910000012345");
        assertThat(deidentifier.personNames(DECISION)).containsExactly("李小明", "欧阳娜娜");
    }

    @Test
    void inquiryRecordIsMaskedExactlyAsSpecified() {
        assertThat(deidentifier.mask(RECORD)).isEqualTo(RECORD_MASKED);
        assertThat(deidentifier.personNames(RECORD)).containsExactly("李小明", "孙丽");
    }

    @Test
    void aNameIntroducedInOneTextIsMaskedInAnotherOfTheSameDocument() {
        String inspection = "现场检查笔录\n检查情况：检查时李小明在场，孙丽未到场，王建华、赵敏出示了执法证件。";
        Set<String> names = deidentifier.personNames(RECORD);

        assertThat(deidentifier.mask(inspection)).isEqualTo(inspection);
        assertThat(deidentifier.mask(inspection, names))
                .isEqualTo("现场检查笔录\n检查情况：检查时李某在场，孙某未到场，王建华、赵敏出示了执法证件。");
        assertThat(deidentifier.mask("证人欧阳娜娜、司马相如到场。", Set.of("欧阳娜娜", "司马相如", "张某", "", " ")))
                .isEqualTo("证人欧阳某、司马某到场。");
        assertThat(deidentifier.mask("李小明到场。", null)).isEqualTo("李小明到场。");
    }

    @Test
    void alreadyMaskedNamesStayAndDecideWhetherAResidenceIsPrivate() {
        String text = "当事人：张某，男，住所地：江苏省苏州市张家港市杨舍镇人民路1号。经查，张某于2024年2月1日……";
        assertThat(deidentifier.personNames(text)).isEmpty();
        assertThat(deidentifier.mask(text))
                .isEqualTo("当事人：张某，男，住所地：江苏省苏州市张家港市****。经查，张某于2024年2月1日……");
    }

    @Test
    void theHeadOfAnIndividualBusinessIsMaskedButNotTheHeadOfACompany() {
        assertThat(deidentifier.mask("当事人：南京市玄武区老王小吃店（个体工商户）\n负责人：王大力\n王大力称……"))
                .isEqualTo("当事人：南京市玄武区老王小吃店（个体工商户）\n负责人：王某\n王某称……");
        assertThat(deidentifier.mask("当事人：南京绿源环保科技有限公司\n负责人：王建国\n王建国称……"))
                .isEqualTo("当事人：南京绿源环保科技有限公司\n负责人：王建国\n王建国称……");
        assertThat(deidentifier.mask("个体工商户经营者：马·阿不都热合曼，户籍地：新疆维吾尔自治区乌鲁木齐市天山区解放路1号"))
                .isEqualTo("个体工商户经营者：马某，户籍地：新疆维吾尔自治区乌鲁木齐市天山区****");
    }

    @Test
    void idNumbersNeedAValidCheckCharacterOrAnIdLabel() {
        assertThat(deidentifier.mask("号码320102198805120018与320102198805120019"))
                .isEqualTo("号码3201021988********与320102198805120019");        // wrong check digit: not an id
        assertThat(deidentifier.mask("证号11010519491231002X，身份证号：11010519491231002x"))
                .isEqualTo("证号11010519491231002X，身份证号：1101051949********");    // 证号 of an officer stays
        assertThat(deidentifier.mask("身份证号：320102880512001；注册号：320102880512001"))
                .isEqualTo("身份证号：32010288*******；注册号：320102880512001");
        assertThat(deidentifier.mask("统一社会信用代码：320102198805120018")).isEqualTo("统一社会信用代码：320102198805120018");
        assertThat(deidentifier.mask("执法人员：王五（证件号：13012345678）；被检查人：赵云（证件号码：320104199008172568）"))
                .isEqualTo("执法人员：王五（证件号：13012345678）；被检查人：赵某（证件号码：3201041990********）");
        assertThat(deidentifier.mask("ＩＤ：３２０１０２１９８８０５１２００１８，手机：１３９１２３４５６７８"))
                .isEqualTo("ＩＤ：３２０１０２１９８８********，手机：１３９****５６７８");
    }

    @Test
    void phoneFormsAndNumbersThatAreNotPhones() {
        assertThat(deidentifier.mask("电话：(025)84561234，手机：+86 13812345678，+8613912345678，138-1234-5678"))
                .isEqualTo("电话：(025)******34，手机：+86 138****5678，+86139****5678，138-****-5678");
        assertThat(deidentifier.mask("联系电话：84561234-801。传真02584561234"))
                .isEqualTo("联系电话：******34-801。传真025******34");
        assertThat(deidentifier.mask("罚款13912345678元，第13912345678号，¥13912345678，日期2024-03-15，20240315，编号1234567890123456"))
                .isEqualTo("罚款13912345678元，第13912345678号，¥13912345678，日期2024-03-15，20240315，编号1234567890123456");
        assertThat(deidentifier.mask("代码91320102MA13912345，邮箱13912345678@qq.com"))
                .isEqualTo("代码91320102MA13912345，邮箱1**********@qq.com");
    }

    @Test
    void bankAccountsNeedABankLabelAndAreNotPublicAccounts() {
        assertThat(deidentifier.mask("银行卡号：6222021234567890123；另有编号6222021234567890123"))
                .isEqualTo("银行卡号：***************0123；另有编号6222021234567890123");
        assertThat(deidentifier.mask("账号：3201 0219 8805 1200 18"))                       // grouped, but a valid id
                .isEqualTo("账号：3201 0219 88** **** **");
        assertThat(deidentifier.mask("罚没款缴入国库，账户：3201010910000012345")).isEqualTo("罚没款缴入国库，账户：3201010910000012345");
    }

    @Test
    void addressesKeepTheirDivisionsDownToCountyLevel() {
        assertThat(deidentifier.mask("现住址：北京市朝阳区望京西园3区，户籍所在地：云南省大理白族自治州大理市下关镇洱河南路8号"))
                .isEqualTo("现住址：北京市朝阳区****，户籍所在地：云南省大理白族自治州大理市****");
        assertThat(deidentifier.mask("被申请人：陈大文，住所：江苏省镇江市京口区正东路5号（东门），电话：13812345678"))
                .isEqualTo("被申请人：陈某，住所：江苏省镇江市京口区****，电话：138****5678");
        assertThat(deidentifier.mask("家住广东省广州市天河区体育西路2号，现住院治疗。"))
                .isEqualTo("家住广东省广州市天河区****，现住院治疗。");
        assertThat(deidentifier.mask("住址：南京市阳光小区3栋2单元")).isEqualTo("住址：南京市****");
        assertThat(deidentifier.mask("注册地址：南京市鼓楼区中山北路100号，地址：南京市玄武区珠江路1号"))
                .isEqualTo("注册地址：南京市鼓楼区中山北路100号，地址：南京市玄武区珠江路1号");
    }

    @Test
    void namesNeedAPersonsCueAndOrganisationsAreNotPersons() {
        String text = "姓名：  性别：男\n当事人：本人\n姓名：司马相如\n委托代理人：诸葛亮亮，北京市某律师事务所律师\n"
                + "申请人：南京市鼓楼区幸福小学\n见证人：于晓东\n法定代表人：王建国";
        assertThat(deidentifier.personNames(text)).containsExactly("司马相如", "诸葛亮亮", "于晓东");
        assertThat(deidentifier.mask(text)).isEqualTo("姓名：  性别：男\n当事人：本人\n姓名：司马某\n委托代理人：诸葛某，北京市某律师事务所律师\n"
                + "申请人：南京市鼓楼区幸福小学\n见证人：于某\n法定代表人：王建国");
    }

    @Test
    void nullEmptyAndTextWithoutPersonalDataAreHarmless() {
        assertThat(deidentifier.mask(null)).isEmpty();
        assertThat(deidentifier.mask(null, Set.of("张三"))).isEmpty();
        assertThat(deidentifier.mask("")).isEmpty();
        assertThat(deidentifier.find(null)).isEmpty();
        assertThat(deidentifier.find("")).isEmpty();
        assertThat(deidentifier.personNames(null)).isEmpty();
        assertThat(deidentifier.mask("依照《中华人民共和国行政处罚法》第二十八条。")).isEqualTo("依照《中华人民共和国行政处罚法》第二十八条。");
        assertThat(deidentifier.mask("当事人：")).isEqualTo("当事人：");
        assertThat(deidentifier.mask("住址：")).isEqualTo("住址：");
        assertThat(deidentifier.mask("@@..@a@b.c")).isEqualTo("@@..@a@b.c");
    }

    @Test
    void randomStringsNeverBreakIt() {
        String[] pieces = {"0", "1", "3", "9", "X", " ", "-", "(", ")", "（", "）", ":", "：", "，", "。", "\n", "@",
                "a", ".", "com", "+86", "当事人", "姓名", "法定代表人", "负责人", "个体", "住址", "住所", "现住", "市", "区",
                "县", "省", "自治区", "路", "男", "女", "身份证号", "证件号", "执法证号", "账号", "财政", "电话", "王", "欧阳",
                "某", "·", "李小明", "公司", "\uD83D\uDE00", "\uD83D", "\uDE00", "人民币", "元", "第", "１", "＠", "Ｘ",
                "13912345678", "025-", "84561234", "320102198805120018", "6222 0212 3456 7890 123"};
        Random random = new Random(20240315);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(25);
            for (int k = 0; k < parts; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            if (round % 4 == 0) {
                for (int k = 0; k < 20; k++) {
                    sb.append((char) random.nextInt(0x10000));
                }
            }
            String s = sb.toString();
            List<PersonalData> found = deidentifier.find(s);
            int previousEnd = 0;
            for (PersonalData d : found) {
                assertThat(d.start()).as(s).isGreaterThanOrEqualTo(previousEnd);
                assertThat(d.end()).as(s).isGreaterThan(d.start());
                assertThat(s.substring(d.start(), d.end())).as(s).isEqualTo(d.original());
                previousEnd = d.end();
            }
            assertThat(deidentifier.mask(s, Set.of("李小明", "欧阳"))).isNotNull();
            assertThat(deidentifier.personNames(s)).isNotNull();
        }
    }

    @Test
    void oneMegabyteIsMaskedQuickly() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append(DECISION).append(RECORD);
        }
        String big = sb.toString();
        StringBuilder noise = new StringBuilder();
        Random random = new Random(7);
        String alphabet = "0123456789 -:：，(（@.X当事人姓名住址市区县男女身份证号账户电话王某欧阳·个体负责人";
        for (int k = 0; k < 1_000_000; k++) {
            noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String digits = "1".repeat(1_000_000);

        String masked = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> deidentifier.mask(big));
        assertThat(masked).doesNotContain("李小明", "320102198805120018", "13912345678", "lixiaoming88")
                .contains("李某", "3201021988********", "139****5678", "王建国");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> deidentifier.mask(noise.toString()));
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> deidentifier.mask(digits))).isEqualTo(digits);
    }
}
