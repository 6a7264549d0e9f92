package cn.esip.supervision.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetLoaderTest {

    final RuleSets shipped = new RuleSets(null);

    @Test
    void shippedSetsLoadAndTheProvinceOverridesWithoutCode() {
        RuleSet national = shipped.get("national@2021.1");
        RuleSet js = shipped.get("jiangsu@2024.1");
        assertThat(shipped.defaultSet().id()).isEqualTo("national@2021.1");
        assertThat(national.rules()).extracting(Rule::kind).extracting(DefectKind::code)
                .contains("SUBJ-AGENCY", "PROC-HEARING", "LAW-FINE-RANGE", "DOC-SIGNATURE");
        assertThat(js.rules()).hasSize(national.rules().size() + 1);
        Rule deadline = js.rules().stream().filter(r -> r.id().equals("CX-03")).findFirst().orElseThrow();
        assertThat(deadline.points()).isEqualTo(6);
        assertThat(deadline.check()).isEqualTo("deadline");
        assertThat(deadline.params()).containsEntry("days", 90L);
        assertThat(js.parameters()).containsEntry("hearingFine.organization", 50000L).containsEntry("hearingFine.person", 10000L);
        assertThat(national.grade(95, false)).isEqualTo("优秀");
        assertThat(national.grade(75, false)).isEqualTo("合格");
        assertThat(national.grade(69.5, false)).isEqualTo("不合格");
        assertThat(national.grade(99, true)).isEqualTo("不合格");
    }

    @Test
    void aWrongFileNamesTheLine() {
        String yaml = """
                name: t
                version: "1"
                grades: [{name: 合格, min: 0}]
                rules:
                  - id: A
                    kind: PROC-HEARING
                    points: 2
                    check: hearing-notice
                    message: m
                  - id: B
                    kind: NOT-A-KIND
                    points: 2
                    check: deadline
                    message: m
                """;
        assertThatThrownBy(() -> shipped.loader().load(yaml, "t.yaml"))
                .isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("t.yaml:11: unknown kind 'NOT-A-KIND'")
                .satisfies(e -> assertThat(((RuleSetException) e).line()).isEqualTo(11));
    }

    @Test
    void unknownChecksParametersAndBasesAreRefused() {
        String head = "name: t\nversion: \"1\"\ngrades: [{name: 合格, min: 0}]\n";
        assertThatThrownBy(() -> shipped.loader().load(head + "rules:\n  - {id: A, kind: DOC-SEAL, points: 1, check: guess, message: m}\n", "a.yaml"))
                .hasMessageContaining("a.yaml:5: unknown check 'guess'");
        assertThatThrownBy(() -> shipped.loader().load(head + "rules:\n  - id: A\n    kind: PROC-DEADLINE-DECISION\n    points: 1\n"
                + "    check: deadline\n    params: {from: filed, weeks: 3}\n    message: m\n", "b.yaml"))
                .hasMessageContaining("b.yaml:9: check 'deadline' takes no parameter 'weeks'");
        assertThatThrownBy(() -> shipped.loader().load("name: t\nversion: \"1\"\nextends: nowhere@9\n", "c.yaml"))
                .hasMessageContaining("c.yaml:3: unknown base rule set 'nowhere@9'");
        assertThatThrownBy(() -> shipped.loader().load(head + "rules:\n  - {id: A, kind: DOC-SEAL, points: many, check: seal-present, message: m}\n", "d.yaml"))
                .hasMessageContaining("d.yaml:5: points must be a number");
        assertThatThrownBy(() -> shipped.loader().load("name: [unclosed\n", "e.yaml"))
                .hasMessageStartingWith("e.yaml:");
        assertThatThrownBy(() -> shipped.get("nope@1")).hasMessageContaining("unknown rule set 'nope@1'");
    }

    @Test
    void jsonRuleFilesAreReadToo() {
        String json = "{\"name\": \"j\", \"version\": \"2\", \"grades\": [{\"name\": \"合格\", \"min\": 60}],"
                + " \"rules\": [{\"id\": \"S\", \"kind\": \"DOC-SEAL\", \"points\": 3, \"check\": \"seal-present\", \"message\": \"无章\"}]}";
        RuleSet s = shipped.loader().load(json, "j.json");
        assertThat(s.id()).isEqualTo("j@2");
        assertThat(s.rules().get(0).category()).isEqualTo("文书规范");
    }
}
