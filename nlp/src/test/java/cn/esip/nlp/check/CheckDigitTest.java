package cn.esip.nlp.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckDigitTest {

    @Test
    void creditCodesWithTheRightCheckCharacterAreValid() {
        // check characters worked out by hand from GB 32100-2015 (weights 3^i mod 31, C18 = 31 - sum mod 31)
        assertThat(UsccValidator.isValid("91350100M000100Y43")).isTrue();
        assertThat(UsccValidator.isValid("91350100M00010001T")).isTrue();
        assertThat(UsccValidator.isValid("91110108MA01C2D3EG")).isTrue();
        assertThat(UsccValidator.isValid("12100000400000625G")).isTrue();
        assertThat(UsccValidator.checkCharacter("91440300708461136")).isEqualTo('T');
    }

    @Test
    void creditCodesWithAWrongCharacterOrFormAreInvalid() {
        assertThat(UsccValidator.isValid("91350100M000100Y44")).isFalse();   // wrong check character
        assertThat(UsccValidator.isValid("91350100M000100Y4")).isFalse();    // 17 characters
        assertThat(UsccValidator.isValid("91350100I000100Y43")).isFalse();   // I is not in the set
        assertThat(UsccValidator.isValid("913501A0M000100Y43")).isFalse();   // division code not digits
        assertThat(UsccValidator.isValid("91110108MA01C2D3EH")).isFalse();
        assertThat(UsccValidator.isValid(null)).isFalse();
    }

    @Test
    void citizenIdsWithTheRightCheckCharacterAndARealBirthDateAreValid() {
        assertThat(CitizenIdValidator.isValid("11010519491231002X")).isTrue();  // the example of GB 11643-1999
        assertThat(CitizenIdValidator.isValid("11010519491231002x")).isTrue();
        assertThat(CitizenIdValidator.isValid("320102198506120819")).isTrue();
        assertThat(CitizenIdValidator.isValid("510107200002290029")).isTrue();  // 29 Feb 2000 exists
        assertThat(CitizenIdValidator.checkCharacter("44030419900307123")).isEqualTo('X');
    }

    @Test
    void citizenIdsWithAWrongCheckCharacterOrDateAreInvalid() {
        assertThat(CitizenIdValidator.isValid("110105194912310021")).isFalse();  // wrong check character
        assertThat(CitizenIdValidator.isValid("320102198506120818")).isFalse();
        assertThat(CitizenIdValidator.isValid("51010720010229002X")).isFalse();  // 29 Feb 2001 does not exist
        assertThat(CitizenIdValidator.isValid("11010519491231002")).isFalse();   // 17 characters
        assertThat(CitizenIdValidator.isValid("1101051949123100AX")).isFalse();
    }
}
