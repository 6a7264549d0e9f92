package cn.esip.kg.code;

import cn.esip.kg.domain.ProvisionLevel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code of a structural unit (编/分编/章/节): {@code <law code>/P<编>.<分编>.<章>.<节>}, two digits each,
 * 00 where the law has no such level (P00.00.05.02 = 第五章 第二节).
 */
public record StructureCode(LawCode law, int part, int subpart, int chapter, int section) {

    private static final Pattern FORMAT = Pattern.compile("([0-9-]{19})/P(\\d{2})\\.(\\d{2})\\.(\\d{2})\\.(\\d{2})");

    public StructureCode {
        if (law == null) {
            throw new IllegalArgumentException("structure code needs a law code");
        }
        for (int v : new int[]{part, subpart, chapter, section}) {
            if (v < 0 || v > 99) {
                throw new IllegalArgumentException("structural number out of range 0..99: " + v);
            }
        }
        if (part == 0 && subpart == 0 && chapter == 0 && section == 0) {
            throw new IllegalArgumentException("a structural unit needs at least one number");
        }
    }

    /** Parses {@code LL-RRRRRR-YYYY-NNNN/Pbb.ff.zz.jj}; throws IllegalArgumentException when malformed. */
    public static StructureCode parse(String s) {
        Matcher m = s == null ? null : FORMAT.matcher(s.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a structure code (law code/Pbb.ff.zz.jj): " + s);
        }
        return new StructureCode(LawCode.parse(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    }

    /** True when {@code s} is a well-formed structure code. */
    public static boolean isStructureCode(String s) {
        return s != null && FORMAT.matcher(s).matches() && LawCode.isLawCode(s.substring(0, LawCode.LENGTH));
    }

    /** The lowest level that is set (节 if section &gt; 0, else 章, 分编, 编). */
    public ProvisionLevel level() {
        return section > 0 ? ProvisionLevel.SECTION : chapter > 0 ? ProvisionLevel.CHAPTER
                : subpart > 0 ? ProvisionLevel.SUBPART : ProvisionLevel.PART;
    }

    /** The code as text, e.g. {@code 11-100000-1996-0003/P00.00.05.02}. */
    public String format() {
        return String.format("%s/P%02d.%02d.%02d.%02d", law.format(), part, subpart, chapter, section);
    }

    @Override
    public String toString() {
        return format();
    }
}
