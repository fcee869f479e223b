package vn.kehoach.shared;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kehoach.support.HttpSession;
import vn.kehoach.support.IntegrationTest;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages link Bootstrap by its version-less WebJars URL, and the server answers it, on the real server. */
@IntegrationTest
class StaticResourceLinksTests {

    @LocalServerPort
    int port;

    @Test
    void theLayoutsWebJarsLinksAreServed() {
        HttpSession browser = new HttpSession(port);
        String login = browser.getHtml("/login").body();
        assertThat(login).contains("/webjars/bootstrap/css/bootstrap.min.css")
                .contains("/webjars/bootstrap/js/bootstrap.bundle.min.js");

        HttpResponse<String> css = browser.get("/webjars/bootstrap/css/bootstrap.min.css", "text/css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(browser.get("/webjars/bootstrap/js/bootstrap.bundle.min.js", "*/*").statusCode()).isEqualTo(200);
        assertThat(browser.get("/css/app.css", "text/css").statusCode()).isEqualTo(200);
    }
}
