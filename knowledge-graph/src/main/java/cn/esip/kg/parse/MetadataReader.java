package cn.esip.kg.parse;

import cn.esip.kg.domain.EffectLevel;
import cn.esip.kg.domain.HistoryEntry;
import cn.esip.kg.parse.ParsedDocument.Article;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derives effect level, region, enacting body, document number and dates of a parsed file. */
public final class MetadataReader {

    private static final Set<String> LAW_FOLDERS = Set.of("宪法相关法", "民法典", "民法商法", "行政法", "经济法", "社会法",
            "刑法", "诉讼与非诉讼程序法");
    private static final Pattern ORDER = Pattern.compile("((?:中华人民共和国)?[\\p{IsHan}、，]{1,40}?令)(?:（[^）]*）)?第?\\s*([0-9０-９一二三四五六七八九十百零〇]+)\\s*号");
    private static final Pattern ANNOUNCEMENT = Pattern.compile("([\\p{IsHan}]{2,40}?公告)第?([0-9０-９]+)号");
    private static final Pattern JUDICIAL_NO = Pattern.compile("((?:法释|高检发释字|法发|法|高检发)\\s*[〔\\[（(]\\d{4}[〕\\]）)]\\s*\\d+\\s*号)");
    private static final Pattern CONGRESS = Pattern.compile("(?:([\\p{IsHan}]{0,12}?)第[\\p{IsHan}0-9]{1,6}届)?(全国人民代表大会常务委员会|全国人民代表大会|人民代表大会常务委员会|人民代表大会)");
    private static final Pattern COURT = Pattern.compile("(最高人民法院|最高人民检察院)");
    private static final Pattern EFFECTIVE = Pattern.compile("自\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*起\\s*施行");
    private static final Pattern FROM_PUBLICATION = Pattern.compile("自(公布|发布|印发)之日起施行");

    /** Reads the metadata of {@code doc}. */
    public LawMetadata read(ParsedDocument doc) {
        String file = doc.file();
        String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
        String category = folder.isEmpty() ? "" : folder.split("/")[0];
        String title = doc.title();
        List<HistoryEntry> history = doc.history();

        String docNumber = null;
        String body = null;
        for (int i = history.size() - 1; i >= 0 && docNumber == null; i--) {
            String ev = history.get(i).event();
            Matcher o = ORDER.matcher(ev);
            if (o.find()) {
                String issuer = o.group(1).replaceFirst("^(根据|经|由|以)", "");
                docNumber = issuer.replaceFirst("^中华人民共和国", "") + "第" + o.group(2) + "号";
                body = bodyOfOrder(issuer);
                continue;
            }
            Matcher j = JUDICIAL_NO.matcher(ev);
            if (j.find()) {
                docNumber = j.group(1).replaceAll("\\s", "");
                continue;
            }
            Matcher a = ANNOUNCEMENT.matcher(ev);
            if (a.find()) {
                docNumber = a.group(1).replaceFirst("^中华人民共和国", "") + "第" + a.group(2) + "号";
            }
        }
        if (body == null) {
            body = bodyFromHistory(history, folder);
        }

        EffectLevel level = level(category, folder, title, history, body);
        String region = switch (level) {
            case LOCAL_REGULATION, AUTONOMOUS_REGULATION, LOCAL_GOVERNMENT_RULE -> Regions.of(title, folder);
            default -> Regions.NATIONAL;
        };

        LocalDate versionDate = doc.fileDate();
        if (versionDate == null) {
            versionDate = history.stream().filter(h -> !h.event().startsWith("施行") && !h.event().contains("起施行"))
                    .map(HistoryEntry::date).max(LocalDate::compareTo)
                    .orElse(history.stream().map(HistoryEntry::date).max(LocalDate::compareTo).orElse(null));
        }
        // promulgation: the first 公布/发布 line on or shortly after the version date; effective: a 施行 line
        // of this version, else the commencement article, but never before the version itself
        LocalDate promulgated = null;
        LocalDate effective = null;
        for (HistoryEntry h : history) {
            String ev = h.event();
            boolean published = ev.contains("公布") || ev.contains("发布") || ev.contains("印发") || ev.contains("公告");
            if (published && (versionDate == null || (!h.date().isBefore(versionDate)
                    && h.date().isBefore(versionDate.plusDays(120))))) {
                if (promulgated == null || versionDate == null) {
                    promulgated = h.date();
                }
            }
            boolean commences = ev.equals("施行") || ev.endsWith("起施行") || ev.endsWith("施行");
            if (commences && (versionDate == null || !h.date().isBefore(versionDate))) {
                effective = h.date();
            }
        }
        if (promulgated == null) {
            promulgated = versionDate;
        }
        if (effective == null) {
            effective = effectiveFromText(doc.articles(), promulgated);
            if (effective != null && promulgated != null && effective.isBefore(promulgated)) {
                // the commencement article of the first text; an amended text takes effect when published
                effective = promulgated;
            }
        }
        boolean repealed = title.contains("已废止") || (doc.subtitle() != null && doc.subtitle().contains("废止"))
                || history.stream().anyMatch(h -> h.event().matches(".*(已|予以|宣布)废止[。）)]?$") && !h.event().contains("《"));
        return new LawMetadata(category, level, region, body, docNumber, versionDate, promulgated, effective, repealed);
    }

    private static LocalDate effectiveFromText(List<Article> articles, LocalDate promulgated) {
        int n = articles.size();
        for (int k = n - 1; k >= Math.max(0, n - 4); k--) {
            String text = articles.get(k).text();
            Matcher m = EFFECTIVE.matcher(text);
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
            if (FROM_PUBLICATION.matcher(text).find()) {
                return promulgated;
            }
        }
        return null;
    }

    private static String bodyOfOrder(String issuer) {
        String s = issuer.replaceFirst("^中华人民共和国", "");
        if (s.startsWith("主席令")) {
            return "中华人民共和国主席";
        }
        s = s.replaceFirst("令$", "");
        return s.isEmpty() ? null : s;
    }

    private static String bodyFromHistory(List<HistoryEntry> history, String folder) {
        for (HistoryEntry h : history) {
            String ev = h.event();
            Matcher c = COURT.matcher(ev);
            if (c.find()) {
                return ev.contains("最高人民法院") && ev.contains("最高人民检察院") ? "最高人民法院、最高人民检察院" : c.group(1);
            }
            Matcher m = CONGRESS.matcher(ev);
            if (m.find()) {
                String place = m.group(1) == null ? "" : m.group(1).replaceFirst("^(由|经|根据)", "");
                return place + m.group(2);
            }
            if (ev.startsWith("国务院")) {
                return "国务院";
            }
        }
        if (folder.startsWith("部门规章/")) {
            String[] parts = folder.split("/");
            return parts.length > 1 ? parts[1] : null;
        }
        return null;
    }

    private static EffectLevel level(String category, String folder, String title, List<HistoryEntry> history,
                                     String body) {
        boolean decision = title.matches(".*(关于.*的决定|决议)$") && !title.endsWith("条例");
        String historyText = String.join(" ", history.stream().map(HistoryEntry::event).toList());
        if (category.equals("宪法") || title.equals("中华人民共和国宪法") || title.startsWith("中华人民共和国宪法修正案")) {
            return EffectLevel.CONSTITUTION;
        }
        if (LAW_FOLDERS.contains(category)) {
            return decision && title.contains("全国人民代表大会") ? EffectLevel.LAW_DECISION : EffectLevel.LAW;
        }
        switch (category) {
            case "行政法规":
                return EffectLevel.ADMINISTRATIVE_REGULATION;
            case "部门规章":
                return EffectLevel.DEPARTMENTAL_RULE;
            case "司法解释":
                return EffectLevel.JUDICIAL_INTERPRETATION;
            case "监察法规":
                return EffectLevel.SUPERVISORY_REGULATION;
            case "其他":
                return EffectLevel.OTHER;
            default:
                break;
        }
        if (category.equals("DLC") || folder.contains("地方")) {
            if (historyText.contains("人民政府令") || (body != null && body.endsWith("人民政府"))) {
                return EffectLevel.LOCAL_GOVERNMENT_RULE;
            }
            if (title.contains("自治条例") || title.contains("单行条例")
                    || (title.matches("^[\\p{IsHan}]{2,20}(自治州|自治县).*") && title.endsWith("条例"))) {
                return EffectLevel.AUTONOMOUS_REGULATION;
            }
            return EffectLevel.LOCAL_REGULATION;
        }
        // unknown folder: judge from the history
        if (historyText.contains("主席令") || historyText.contains("全国人民代表大会")) {
            return decision ? EffectLevel.LAW_DECISION : EffectLevel.LAW;
        }
        if (historyText.contains("国务院令")) {
            return EffectLevel.ADMINISTRATIVE_REGULATION;
        }
        if (historyText.contains("人民政府令")) {
            return EffectLevel.LOCAL_GOVERNMENT_RULE;
        }
        if (historyText.contains("最高人民法院") || historyText.contains("最高人民检察院")) {
            return EffectLevel.JUDICIAL_INTERPRETATION;
        }
        if (historyText.matches(".*(部|委员会|总局|署|局)令.*")) {
            return EffectLevel.DEPARTMENTAL_RULE;
        }
        if (historyText.contains("人民代表大会")) {
            return EffectLevel.LOCAL_REGULATION;
        }
        return EffectLevel.OTHER;
    }
}
