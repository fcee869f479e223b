package vn.kehoach;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import vn.kehoach.support.IntegrationTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/SECURITY.md lists every route the application answers, with who may call it and on what scope. The list is
 * compared with the handler mappings of the running application, so a new route fails the build until it is
 * documented, and a removed one until its line goes.
 */
@IntegrationTest
class SecurityDocumentationTests {

    static final Path DOCUMENT = Path.of("docs/SECURITY.md");
    /** A route line of the access matrix: "| `GET /plans/{id}` | …". */
    private static final Pattern ROUTE = Pattern.compile("^\\| `([A-Z]+(?:,[A-Z]+)* /[^`]*)` \\|", Pattern.MULTILINE);

    @Autowired
    ApplicationContext context;

    @Test
    void theAccessMatrixListsEveryRouteOfTheApplicationAndNoOther() throws IOException {
        Set<String> routes = routes();
        Set<String> documented = new TreeSet<>();
        Matcher m = ROUTE.matcher(Files.readString(DOCUMENT));
        while (m.find()) documented.add(m.group(1));
        assertThat(routes).as("routes of the application missing from " + DOCUMENT).isSubsetOf(documented);
        assertThat(documented).as("routes in " + DOCUMENT + " the application does not have").isSubsetOf(routes);
    }

    /** "GET /plans/{id}", one per method and pattern; a mapping without methods answers every method ("ANY"). */
    Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (var handler : mapping.getHandlerMethods().entrySet()) {
                // The test suite's own failing controller is no route of the application.
                if (handler.getValue().getBeanType().getPackageName().equals("vn.kehoach.support")) continue;
                RequestMappingInfo info = handler.getKey();
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
                String verbs = methods.isEmpty() ? "ANY" : String.join(",", methods);
                for (String pattern : info.getPatternValues()) routes.add(verbs + " " + pattern);
            }
        }
        return routes;
    }
}
