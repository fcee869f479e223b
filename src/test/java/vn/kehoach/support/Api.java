package vn.kehoach.support;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads JSON from the application's API in tests. */
public final class Api {

    private final MockMvcTester mvc;
    private final ObjectMapper json;

    public Api(MockMvcTester mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public JsonNode get(String uri, RequestPostProcessor user) {
        MvcTestResult result = mvc.get().uri(uri).with(user).exchange();
        assertThat(result).hasStatusOk();
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    public int status(String uri, RequestPostProcessor user) {
        return mvc.get().uri(uri).with(user).exchange().getResponse().getStatus();
    }
}
