package cn.esip.kg.parse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GB/T 2260 codes of the provinces and of the prefecture-level cities of the provinces whose local
 * regulations are in the corpus; finds the region a title or folder names.
 */
public final class Regions {

    /** Code of national bodies. */
    public static final String NATIONAL = "100000";

    private static final Map<String, String> PROVINCES = new LinkedHashMap<>();
    private static final Map<String, String> CITIES = new LinkedHashMap<>();

    static {
        String[] p = {
                "北京", "110000", "天津", "120000", "河北", "130000", "山西", "140000", "内蒙古", "150000",
                "辽宁", "210000", "吉林", "220000", "黑龙江", "230000", "上海", "310000", "江苏", "320000",
                "浙江", "330000", "安徽", "340000", "福建", "350000", "江西", "360000", "山东", "370000",
                "河南", "410000", "湖北", "420000", "湖南", "430000", "广东", "440000", "广西", "450000",
                "海南", "460000", "重庆", "500000", "四川", "510000", "贵州", "520000", "云南", "530000",
                "西藏", "540000", "陕西", "610000", "甘肃", "620000", "青海", "630000", "宁夏", "640000",
                "新疆", "650000", "台湾", "710000", "香港", "810000", "澳门", "820000"};
        for (int i = 0; i < p.length; i += 2) {
            PROVINCES.put(p[i], p[i + 1]);
        }
        String[] c = {
                // 山东
                "济南", "370100", "青岛", "370200", "淄博", "370300", "枣庄", "370400", "东营", "370500",
                "烟台", "370600", "潍坊", "370700", "济宁", "370800", "泰安", "370900", "威海", "371000",
                "日照", "371100", "莱芜", "371200", "临沂", "371300", "德州", "371400", "聊城", "371500",
                "滨州", "371600", "菏泽", "371700",
                // 河南
                "郑州", "410100", "开封", "410200", "洛阳", "410300", "平顶山", "410400", "安阳", "410500",
                "鹤壁", "410600", "新乡", "410700", "焦作", "410800", "濮阳", "410900", "许昌", "411000",
                "漯河", "411100", "三门峡", "411200", "南阳", "411300", "商丘", "411400", "信阳", "411500",
                "周口", "411600", "驻马店", "411700", "济源", "419001",
                // 浙江
                "杭州", "330100", "宁波", "330200", "温州", "330300", "嘉兴", "330400", "湖州", "330500",
                "绍兴", "330600", "金华", "330700", "衢州", "330800", "舟山", "330900", "台州", "331000",
                "丽水", "331100",
                // a few other large cities
                "广州", "440100", "深圳", "440300", "南京", "320100", "苏州", "320500", "武汉", "420100",
                "成都", "510100", "西安", "610100", "沈阳", "210100", "大连", "210200", "厦门", "350200",
                "长沙", "430100", "合肥", "340100", "福州", "350100", "哈尔滨", "230100", "长春", "220100",
                "石家庄", "130100", "太原", "140100", "南昌", "360100", "昆明", "530100", "贵阳", "520100",
                "南宁", "450100", "海口", "460100", "兰州", "620100", "西宁", "630100", "银川", "640100",
                "乌鲁木齐", "650100", "呼和浩特", "150100", "拉萨", "540100"};
        for (int i = 0; i < c.length; i += 2) {
            CITIES.put(c[i], c[i + 1]);
        }
    }

    private Regions() {
    }

    /**
     * The region a local title names (a city first, then a province), falling back to the province named
     * by the folder; {@link #NATIONAL} when neither names one.
     */
    public static String of(String title, String folder) {
        String t = title == null ? "" : title;
        for (Map.Entry<String, String> e : CITIES.entrySet()) {
            if (t.startsWith(e.getKey() + "市") || t.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        for (Map.Entry<String, String> e : PROVINCES.entrySet()) {
            if (t.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        String f = folder == null ? "" : folder;
        for (String part : f.split("/")) {
            for (Map.Entry<String, String> e : PROVINCES.entrySet()) {
                if (part.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return NATIONAL;
    }

    /** The place name (province or city) of a region code, or null. */
    public static String name(String code) {
        for (Map<String, String> m : java.util.List.of(PROVINCES, CITIES)) {
            for (Map.Entry<String, String> e : m.entrySet()) {
                if (e.getValue().equals(code)) {
                    return e.getKey();
                }
            }
        }
        return NATIONAL.equals(code) ? "全国" : null;
    }
}
