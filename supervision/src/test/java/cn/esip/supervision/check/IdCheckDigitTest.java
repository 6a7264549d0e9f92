package cn.esip.supervision.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdCheckDigitTest {

    @Test
    void theEmbeddedOrganisationCodeIsChecked() {
        // 91350100M000100Y43 is the GB 32100 standard's own example
        assertThat(SubjectChecks.IdCheckDigit.organisationCodeValid("91350100M000100Y43")).isTrue();
        assertThat(SubjectChecks.IdCheckDigit.organisationCodeValid("91350100M000100Y53")).isFalse();
    }
}
