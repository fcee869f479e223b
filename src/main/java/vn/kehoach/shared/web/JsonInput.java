package vn.kehoach.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import vn.kehoach.shared.text.InputText;

/**
 * Text read from JSON is cleaned as form input is ({@link FormBinding}): whatever a client sends, no NUL or other
 * control character reaches the database. Text the application wrote itself (report rounds kept as JSON) comes back
 * unchanged, being clean already.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    JacksonModule cleanTextModule() {
        return new SimpleModule("clean-text").addDeserializer(String.class, new CleanString());
    }

    static final class CleanString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return InputText.clean(super.deserialize(p, ctxt));
        }
    }
}
