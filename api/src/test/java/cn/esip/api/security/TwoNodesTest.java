package cn.esip.api.security;

import cn.esip.api.EsipApplication;
import cn.esip.api.apps.AppRegistry;
import cn.esip.api.apps.ClientApp;
import cn.esip.kg.store.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server processes' worth of platform (two Spring applications on two ports) against one Neo4j
 * reached over bolt, sharing only the security directory: a token issued by one node works on the other,
 * and a suspension made through one node's registry is honoured by the other.
 */
class TwoNodesTest {

    private static ConfigurableApplicationContext node(Path data, String bolt, Path security) {
        return EsipApplication.start("--server.port=0", "--esip.data-dir=" + data, "--esip.neo4j.uri=" + bolt,
                "--esip.neo4j.password=unused", "--esip.security.dir=" + security, "--esip.import-on-start=false",
                "--spring.application.name=esip-" + data.getFileName());
    }

    private static int port(ConfigurableApplicationContext ctx) {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }

    private static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTokenFromOneNodeWorksOnTheOther(@TempDir Path tmp) throws Exception {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(tmp.resolve("neo4j"))) {
            Path shared = tmp.resolve("shared-security");
            ConfigurableApplicationContext a = node(tmp.resolve("a"), neo4j.boltUri(), shared);
            ConfigurableApplicationContext b = node(tmp.resolve("b"), neo4j.boltUri(), shared);
            try {
                AppRegistry.Issued app = a.getBean(AppRegistry.class).add("多节点", "", Set.of(Scope.LAW_READ), 1000, null);
                HttpResponse<String> tokenFromA = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(a) + "/api/v1/auth/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + app.app().id()
                                + "&client_secret=" + app.secret())).build());
                assertThat(tokenFromA.statusCode()).as(tokenFromA.body()).isEqualTo(200);
                String token = tokenFromA.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");

                URI onB = URI.create("http://127.0.0.1:" + port(b) + "/api/v1/laws?title=%E8%A1%8C%E6%94%BF");
                HttpResponse<String> withToken = send(HttpRequest.newBuilder(onB).header("Authorization", "Bearer " + token).GET().build());
                assertThat(withToken.statusCode()).as(withToken.body()).isNotIn(401, 403);
                assertThat(send(HttpRequest.newBuilder(onB).GET().build()).statusCode()).isEqualTo(401);

                // a suspension through node A's registry reaches node B (it re-reads the shared file within a second)
                a.getBean(AppRegistry.class).setStatus(app.app().id(), ClientApp.Status.SUSPENDED);
                Thread.sleep(1_500);
                assertThat(send(HttpRequest.newBuilder(onB).header("Authorization", "Bearer " + token).GET().build())
                        .statusCode()).isEqualTo(401);
            } finally {
                b.close();
                a.close();
            }
        }
    }
}
