package cn.esip.api.nlp;

import cn.esip.api.web.ProblemAdvice;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = NlpController.class, properties = "esip.security.enabled=false")
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc(addFilters = false)
@Import({NlpConfiguration.class, ProblemAdvice.class, cn.esip.api.privacy.PiiMasking.class})
class NlpControllerTest {

    static {
        // neo4j's SLF4J provider (via knowledge-graph) competes with Logback and breaks Spring Boot's
        // Logback setup; logging is not what this test is about
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    private String body(String text) throws Exception {
        return json.writeValueAsString(Map.of("text", text));
    }

    @Test
    void segmentsText() throws Exception {
        mvc.perform(post("/api/v1/nlp/segment").contentType(MediaType.APPLICATION_JSON).content(body("当事人销售过期食品。")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tokens[0].text").value("当事人"))
                .andExpect(jsonPath("$.tokens[0].start").value(0));
    }

    @Test
    void entitiesIncludeTheTrainedCailModels() throws Exception {
        mvc.perform(post("/api/v1/nlp/entities").contentType(MediaType.APPLICATION_JSON)
                        .content(body("被告人张某某将0.5克甲基苯丙胺贩卖给王某，罚款人民币壹万贰仟伍佰元整。")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entities[?(@.label=='NDR')].text").value("甲基苯丙胺"))
                .andExpect(jsonPath("$.entities[?(@.label=='MONEY')].value").value("12500"))
                .andExpect(jsonPath("$.relations[?(@.label=='sell_drugs_to')].head.text").value("张某某"));
    }

    @Test
    void extractsADecisionFrame() throws Exception {
        String text = "某市市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕15号\n当事人：某某食品有限公司\n"
                + "经查，当事人销售超过保质期的食品。\n依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，本局决定如下：\n"
                + "处罚款人民币伍万元整。如不服本决定，可在六十日内申请行政复议，或者六个月内提起行政诉讼。\n二〇二四年四月二十日";
        mvc.perform(post("/api/v1/nlp/extract").contentType(MediaType.APPLICATION_JSON).content(body(text)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documentType.label").value("行政处罚决定书"))
                .andExpect(jsonPath("$.penaltyDecision.fine").value(50000))
                .andExpect(jsonPath("$.penaltyDecision.decisionDate").value("2024-04-20"));
    }

    @Test
    void classifies() throws Exception {
        mvc.perform(post("/api/v1/nlp/classify").contentType(MediaType.APPLICATION_JSON)
                        .content(body("送达回证\n受送达人：某某公司\n送达方式：直接送达")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documentType.label").value("送达回证"))
                .andExpect(jsonPath("$.domain.scores").isMap());
    }

    @Test
    void overLongTextIsAProblem() throws Exception {
        mvc.perform(post("/api/v1/nlp/extract").contentType(MediaType.APPLICATION_JSON)
                        .content(body("字".repeat(100_001))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("limit")));
    }

    @Test
    void missingTextAndBadJsonAreProblems() throws Exception {
        mvc.perform(post("/api/v1/nlp/entities").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/nlp/entities").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
