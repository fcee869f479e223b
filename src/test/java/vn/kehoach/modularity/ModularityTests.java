package vn.kehoach.modularity;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import vn.kehoach.KeHoachApplication;
import vn.kehoach.modularity.fixture.FixtureApplication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModularityTests {

    private static final Path README = Path.of("README.md");
    private static final String DIAGRAM_START = "<!-- module diagram: written by ModularityTests -->";
    private static final String DIAGRAM_END = "<!-- end of module diagram -->";

    /** Analysed once for the class: reading every class of the application is the slow part of these tests. */
    private static final ApplicationModules modules = ApplicationModules.of(KeHoachApplication.class);

    @Test
    void keepsModuleBoundaries() {
        modules.verify();
    }

    /** Without a declaration a new edge between modules would pass as long as it made no cycle. */
    @Test
    void everyModuleDeclaresWhatItMayUse() {
        List<String> undeclared = modules.stream().filter(m -> !m.isOpen())
                .filter(m -> !declaresDependencies(m.getBasePackage().getName()))
                .map(m -> m.getIdentifier().toString()).toList();
        assertThat(undeclared).isEmpty();
    }

    @Test
    void refusesAnEdgeAModuleDidNotDeclare() {
        // The fixture lives with the tests, which the default import leaves out.
        ApplicationModules fixture = ApplicationModules.of(FixtureApplication.class, location -> true);
        assertThatThrownBy(fixture::verify).isInstanceOf(Violations.class)
                .hasMessageContaining("lower").hasMessageContaining("upper");
    }

    /** Official documents are a library every feature module writes with, so it must not know any of them. */
    @Test
    void officialDocumentsDependOnNoFeatureModule() {
        assertThat(modules.getModuleByName("officialdoc").orElseThrow().getDirectDependencies(modules).uniqueModules()
                .map(m -> m.getIdentifier().toString())).isEmpty();
    }

    /**
     * The README shows the modules and their edges as they are in the code. A change of an edge fails here with the
     * diagram to paste; run with {@code -Dmodules.readme=write} to have it written.
     */
    @Test
    void readmeShowsTheModulesAsTheyAre() throws IOException {
        String diagram = mermaid();
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(DIAGRAM_START);
        int end = readme.indexOf(DIAGRAM_END);
        assertThat(start).as("README has the module diagram markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String current = readme.substring(start + DIAGRAM_START.length(), end).strip();
        if ("write".equals(System.getProperty("modules.readme")) && !current.equals(diagram)) {
            Files.writeString(README, readme.substring(0, start + DIAGRAM_START.length()) + "\n" + diagram + "\n"
                    + readme.substring(end), StandardCharsets.UTF_8);
            current = diagram;
        }
        assertThat(current).as("module diagram in README.md (run with -Dmodules.readme=write)").isEqualTo(diagram);
    }

    private String mermaid() {
        String edges = modules.stream().sorted()
                .flatMap(m -> m.getDirectDependencies(modules).uniqueModules().sorted()
                        .map(d -> "    " + name(m) + " --> " + name(d)))
                .collect(Collectors.joining("\n"));
        return "```mermaid\nflowchart TD\n" + edges + "\n```";
    }

    private static String name(org.springframework.modulith.core.ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    private static boolean declaresDependencies(String basePackage) {
        ApplicationModule declaration;
        try {
            declaration = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
        // An empty list is a declaration too ("depends on nothing"): only the default, absent list is unset.
        return declaration != null && !(declaration.allowedDependencies().length == 1
                && ApplicationModule.OPEN_TOKEN.equals(declaration.allowedDependencies()[0]));
    }
}
