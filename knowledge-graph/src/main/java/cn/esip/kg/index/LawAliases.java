package cn.esip.kg.index;

import cn.esip.nlp.cite.LawTitleForms;

import java.util.LinkedHashSet;
import java.util.Set;

/** The names a law is looked up by: title and short title, with and without 中华人民共和国, normalised. */
public final class LawAliases {


    private LawAliases() {
    }

    /** Normalised form of a law name as a user may write it: no 《》, quotes or spaces. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return name.replaceAll("[《》〈〉\"“”\\s\u3000]", "").replace('（', '(').replace('）', ')');
    }

    /** All aliases of a law with this title and short title. */
    public static Set<String> of(String title, String shortTitle) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : new String[]{title, shortTitle}) {
            String s = normalise(n);
            if (s.isEmpty()) {
                continue;
            }
            out.add(s);
            if (s.startsWith(LawTitleForms.PRC) && s.length() > LawTitleForms.PRC.length() + 1) {
                out.add(LawTitleForms.withoutPrc(s));
            } else {
                out.add(LawTitleForms.withPrc(s));
            }
        }
        return out;
    }
}
