package cn.esip.kg.code;

import cn.esip.kg.domain.EffectLevel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 19-character law code {@code LL-RRRRRR-YYYY-NNNN}: effect level, GB/T 2260 region of the
 * enacting body, year first promulgated, and sequence within (level, region, year).
 */
public record LawCode(EffectLevel level, String region, int year, int sequence) {

    /** Characters in a law code; provision, structure and version codes start with one. */
    public static final int LENGTH = 19;

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})-(\\d{6})-(\\d{4})-(\\d{4})");

    public LawCode {
        if (level == null) {
            throw new IllegalArgumentException("law code needs an effect level");
        }
        if (region == null || !region.matches("\\d{6}")) {
            throw new IllegalArgumentException("region must be six digits: " + region);
        }
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 0 || sequence > 9999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
    }

    /** Parses {@code LL-RRRRRR-YYYY-NNNN}; throws IllegalArgumentException when malformed. */
    public static LawCode parse(String s) {
        Matcher m = s == null ? null : FORMAT.matcher(s.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a law code (LL-RRRRRR-YYYY-NNNN): " + s);
        }
        return new LawCode(EffectLevel.parse(m.group(1)), m.group(2), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    /** True when {@code s} is a well-formed law code. */
    public static boolean isLawCode(String s) {
        return s != null && FORMAT.matcher(s).matches();
    }

    /** The code as text, e.g. {@code 11-100000-1996-0003}. */
    public String format() {
        StringBuilder sb = new StringBuilder(LENGTH).append(level.code()).append('-').append(region).append('-');
        pad(sb, year, 4);
        sb.append('-');
        pad(sb, sequence, 4);
        return sb.toString();
    }

    /** Appends {@code v} zero-padded to {@code width} digits. */
    static void pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    @Override
    public String toString() {
        return format();
    }
}
