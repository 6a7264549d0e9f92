package cn.esip.supervision.check;

import cn.esip.nlp.check.CitizenIdValidator;
import cn.esip.nlp.check.UsccValidator;
import cn.esip.supervision.casefile.CaseDocument;
import cn.esip.supervision.document.DocumentType;
import cn.esip.supervision.facts.CaseFacts;
import cn.esip.supervision.facts.Quoted;
import cn.esip.supervision.facts.Texts;
import cn.esip.supervision.facts.TypedDocument;
import cn.esip.supervision.report.Evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of the subject (主体合法): the agency's territory, the officers, the party's details and id numbers. */
final class SubjectChecks {

    private SubjectChecks() {
    }

    /** {@code agency-jurisdiction}: a district-level agency acting on a place in another district of its city. */
    static final class AgencyJurisdiction implements Check {
        private static final Pattern AGENCY = Pattern.compile("^([\\p{IsHan}]{2,7}?市)([\\p{IsHan}]{1,5}?(区|县|旗))");
        private static final Pattern DISTRICT = Pattern.compile("(?<=市)([\\p{IsHan}]{1,4}?(区|县|旗))");
        private static final Pattern PLACE_LABEL = Pattern.compile("(检查|勘验|勘察|勘查|违法|现场|案发|建设|事发)?(地点|位置|地址)\\s*[:：]");

        public String name() {
            return "agency-jurisdiction";
        }

        public Set<String> parameters() {
            return Set.of("placeDocuments");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            if (f.agency() == null) {
                return List.of();
            }
            Matcher a = AGENCY.matcher(f.agency());
            if (!a.find()) {
                return List.of();
            }
            String city = a.group(1);
            String district = a.group(2);
            for (TypedDocument t : f.ofType(DocumentType.现场检查笔录)) {
                for (CaseDocument.Line l : t.document().lines()) {
                    Matcher lm = PLACE_LABEL.matcher(l.text());
                    if (!lm.find()) {
                        continue;
                    }
                    String place = Texts.compact(l.text().substring(lm.end()));
                    int cityAt = place.indexOf(city);
                    Matcher d = DISTRICT.matcher(place);
                    if (cityAt >= 0 && d.find(cityAt) && d.start() == cityAt + city.length() && !d.group(1).equals(district)) {
                        return List.of(Hits.of(Hits.ev(Texts.quote(t.document(), l)), "place", city + d.group(1),
                                "agency", f.agency(), "district", district));
                    }
                }
            }
            return List.of();
        }
    }

    /** {@code officers-certified}: at least {@code min} officers, each with an enforcement certificate number. */
    static final class OfficersCertified implements Check {
        public String name() {
            return "officers-certified";
        }

        public Set<String> parameters() {
            return Set.of("min");
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            int min = c.integer("min", 2);
            Map<String, List<Evidence>> missing = new LinkedHashMap<>();
            Set<String> names = new LinkedHashSet<>();
            Set<String> certified = new LinkedHashSet<>();
            for (CaseFacts.Officer o : f.officers()) {
                if (o.name().isBlank()) {
                    continue;
                }
                names.add(o.name());
                if (o.certNo().isBlank()) {
                    missing.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(o.evidence());
                } else {
                    certified.add(o.name());
                }
            }
            List<Hit> out = new ArrayList<>();
            for (Map.Entry<String, List<Evidence>> e : missing.entrySet()) {
                out.add(Hits.of(e.getValue().subList(0, Math.min(3, e.getValue().size())), "officer", e.getKey(),
                        "problem", "没有执法证号"));
            }
            if (!names.isEmpty() && names.size() < min) {
                out.add(Hits.of(f.officers().stream().map(CaseFacts.Officer::evidence).limit(2).toList(),
                        "officer", String.join("、", names), "problem", "执法人员不足" + min + "人"));
            }
            return out;
        }
    }

    /** {@code party-complete}: name, id/uscc and address; a legal representative for an organisation. */
    static final class PartyComplete implements Check {
        public String name() {
            return "party-complete";
        }

        public Set<String> parameters() {
            return Set.of();
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            CaseFacts.PartyFacts p = f.party();
            List<String> missing = new ArrayList<>();
            if (p.name() == null) {
                missing.add("名称或姓名");
            }
            if (p.code() == null) {
                missing.add("organization".equals(f.partyKind()) ? "统一社会信用代码" : "身份证件号码");
            }
            if (p.address() == null) {
                missing.add("住所");
            }
            if ("organization".equals(f.partyKind()) && p.legalRepresentative() == null) {
                missing.add("法定代表人（负责人）");
            }
            if (missing.isEmpty()) {
                return List.of();
            }
            List<Evidence> ev = new ArrayList<>();
            f.decision().ifPresent(d -> ev.add(Evidence.document(d.name())));
            if (f.record().isPresent()) {
                ev.add(Evidence.field(missing.contains("法定代表人（负责人）") ? "party.legalRepresentative" : "party"));
            }
            return List.of(Hits.of(ev, "missing", String.join("、", missing)));
        }
    }

    /** {@code id-check-digit}: 统一社会信用代码 (GB 32100, with its GB 11714 organisation code) and 公民身份号码 (GB 11643). */
    static final class IdCheckDigit implements Check {
        public String name() {
            return "id-check-digit";
        }

        public Set<String> parameters() {
            return Set.of();
        }

        public List<Hit> run(CaseFacts f, CheckContext c) {
            Map<String, List<Evidence>> bad = new LinkedHashMap<>();
            for (Quoted q : f.identityNumbers()) {
                String v = q.value().toUpperCase();
                boolean citizen = v.matches("\\d{17}[\\dX]") && (v.startsWith("1") || v.startsWith("2") || v.startsWith("3")
                        || v.startsWith("4") || v.startsWith("5") || v.startsWith("6") || v.startsWith("7") || v.startsWith("8"))
                        && isCitizenLabel(q);
                boolean ok = citizen ? CitizenIdValidator.isValid(v) : UsccValidator.isValid(v) && organisationCodeValid(v);
                if (!ok) {
                    bad.computeIfAbsent(v, k -> new ArrayList<>()).add(q.evidence());
                }
            }
            List<Hit> out = new ArrayList<>();
            bad.forEach((v, ev) -> out.add(Hits.of(ev.subList(0, Math.min(3, ev.size())), "number", v)));
            return out;
        }

        private static boolean isCitizenLabel(Quoted q) {
            Evidence e = q.evidence();
            if (e.field() != null) {
                return e.field().endsWith("idNumber");
            }
            return e.quote() != null && e.quote().contains("身份");
        }

        /** GB 11714: characters 9–17 of a USCC are an organisation code whose ninth character is a check. */
        static boolean organisationCodeValid(String uscc) {
            String org = uscc.substring(8, 17);
            int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                char ch = org.charAt(i);
                int v = Character.isDigit(ch) ? ch - '0' : ch >= 'A' && ch <= 'Z' ? ch - 'A' + 10 : -1;
                if (v < 0) {
                    return false;
                }
                sum += v * w[i];
            }
            int check = 11 - sum % 11;
            char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
            return org.charAt(8) == expected;
        }
    }
}
