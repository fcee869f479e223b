package vn.kehoach.support;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.function.Consumer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Submits a rendered form the way a browser would: every input, checked box, selected option and textarea as the
 * page holds them, after the test changed what the user would change.
 */
public final class Forms {

    private Forms() {
    }

    public static MultiValueMap<String, String> fields(String html, String formSelector) {
        Document page = Html.parse(html);
        Element form = page.selectFirst(formSelector);
        if (form == null) throw new IllegalArgumentException("no form " + formSelector);
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            switch (input.tagName()) {
                case "select" -> input.select("option[selected]").forEach(o -> fields.add(name, o.attr("value")));
                case "textarea" -> fields.add(name, input.wholeText().replaceFirst("^\\n", ""));
                default -> {
                    String type = input.attr("type");
                    if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) continue;
                    if (type.equals("submit") || type.equals("file")) continue;
                    fields.add(name, input.attr("value"));
                }
            }
        }
        return fields;
    }

    public static MvcTestResult submit(MockMvcTester mvc, String uri, MultiValueMap<String, String> fields,
                                       RequestPostProcessor user, Consumer<MultiValueMap<String, String>> changes) {
        changes.accept(fields);
        return mvc.post().uri(uri).params(fields).with(user).with(csrf()).exchange();
    }
}
