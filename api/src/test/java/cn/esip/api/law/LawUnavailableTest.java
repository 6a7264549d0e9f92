package cn.esip.api.law;

import cn.esip.api.web.ProblemAdvice;
import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.kg.store.Neo4jSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without an index (and no corpus to build one) the law endpoints say so with 503 problem+json. */
class LawUnavailableTest {

    @Test
    void answers503WhileThereIsNoIndex(@TempDir Path data) throws Exception {
        try (LawKnowledgeBase kb = new LawKnowledgeBase(Neo4jSettings.embedded(data))) {
            LawIndexBootstrap bootstrap = new LawIndexBootstrap(kb, data.resolve("no-corpus").toString(), true, false);
            bootstrap.start();
            long deadline = System.currentTimeMillis() + 10_000;
            while (bootstrap.state() == LawIndexBootstrap.State.STARTING && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(bootstrap.state()).isEqualTo(LawIndexBootstrap.State.NO_INDEX);
            MockMvc mvc = MockMvcBuilders.standaloneSetup(new LawController(kb, bootstrap))
                    .setControllerAdvice(new ProblemAdvice()).build();
            mvc.perform(get("/api/v1/search").param("q", "罚款"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("esip import")));
            // bad parameters are still reported as such
            mvc.perform(get("/api/v1/search").param("q", "罚款").param("top", "0"))
                    .andExpect(status().isBadRequest());
        }
    }
}
