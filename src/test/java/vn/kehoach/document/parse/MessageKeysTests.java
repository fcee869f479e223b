package vn.kehoach.document.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal has a text in both languages. */
class MessageKeysTests {

    @Test
    void everyReasonHasVietnameseAndEnglishText() throws IOException {
        for (String file : new String[]{"messages.properties", "messages_en.properties"}) {
            Properties messages = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (PlanParseException.Reason reason : PlanParseException.Reason.values()) {
                assertThat(messages.getProperty(reason.key())).as("%s in %s", reason.key(), file).isNotBlank();
            }
        }
    }
}
