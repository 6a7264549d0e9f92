package cn.esip.nlp.check;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 公民身份号码 (citizen identity number, GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit
 * sequence, and an ISO 7064 MOD 11-2 check character (weights 2^(17−i) mod 11; value 10 is written X).
 */
public final class CitizenIdValidator {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private CitizenIdValidator() {
    }

    /** True when {@code id} has 17 digits, a real birth date not in the future, and the right check character. */
    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        char expected = checkCharacter(id.substring(0, 17));
        if (expected == '?' || Character.toUpperCase(id.charAt(17)) != expected) {
            return false;
        }
        return birthDate(id) != null;
    }

    /** The check character for 17 digits, or '?' when they are not 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            return '?';
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                return '?';
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The birth date encoded in positions 7–14, or null when it is not a real date (or is in the future). */
    public static LocalDate birthDate(String id) {
        try {
            int y = Integer.parseInt(id.substring(6, 10));
            int m = Integer.parseInt(id.substring(10, 12));
            int d = Integer.parseInt(id.substring(12, 14));
            LocalDate date = LocalDate.of(y, m, d);
            return y < 1880 || date.isAfter(LocalDate.now()) ? null : date;
        } catch (NumberFormatException | DateTimeException | IndexOutOfBoundsException e) {
            return null;
        }
    }
}
