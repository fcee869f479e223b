package vn.kehoach.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/** Reads rendered pages as a browser would (entities decoded), for assertions on forms and their messages. */
public final class Html {

    private Html() {
    }

    /** The response body of a MockMvc exchange as text. */
    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Document parse(String body) {
        return Jsoup.parse(body);
    }

    /** The value of the input or textarea with this name, or null when there is none. */
    public static String field(String body, String name) {
        Element element = parse(body).selectFirst("[name=" + name + "]");
        if (element == null) return null;
        return element.tagName().equals("textarea") ? element.text() : element.attr("value");
    }

    /** The messages shown under invalid fields and in the form's error box. */
    public static String errors(String body) {
        return parse(body).select(".invalid-feedback, .alert-danger").text();
    }
}
