package cn.esip.nlp.check;

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from the 31-character set
 * 0-9 A-H J-N P-R T U W-Y, positions 3–8 an administrative division code (digits), and a check character
 * computed with weights 3^(i) mod 31 over the first 17 (C18 = 31 − Σ mod 31, 31 → 0).
 */
public final class UsccValidator {

    /** The code's character set, in value order (I, O, S, V, Z are not used). */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UsccValidator() {
    }

    /** True when {@code code} is well formed and its check character is right. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i)) || code.charAt(i) > '9') {
                return false;
            }
        }
        int expected = checkValue(code.substring(0, 17));
        return expected >= 0 && CHARSET.indexOf(code.charAt(17)) == expected;
    }

    /** The check character for the first 17 characters, or '?' when one of them is outside the set. */
    public static char checkCharacter(String first17) {
        int v = checkValue(first17);
        return v < 0 ? '?' : CHARSET.charAt(v);
    }

    private static int checkValue(String first17) {
        if (first17.length() != 17) {
            return -1;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                return -1;
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return c == 31 ? 0 : c;
    }
}
