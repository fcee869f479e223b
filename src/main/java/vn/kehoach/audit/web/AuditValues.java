package vn.kehoach.audit.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.kehoach.audit.AuditObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The before and after values of an audit record as an administrator reads them: one line per field, the field
 * named in their language and a state such as {@code SUBMITTED} shown by its label. The record keeps the values as
 * the program wrote them; only the page translates, so a renamed label never rewrites history.
 */
@Component("auditValues")
public class AuditValues {

    /** Values written by {@code Enum.name()}: the only words of the program an audit value may hold. */
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]+");
    /** The enums whose constants appear in audit values, each with its labels under "{Enum}.{CONSTANT}". */
    private static final List<String> ENUMS = List.of("PlanStatus", "ReportStatus", "ReportKind", "UnitLevel",
            "UnitType", "UnitLink", "Reorganisation", "AgencyKind", "Sector", "Role", "EntryState", "SectionKind",
            "NumberingStyle", "AgencyDisposition", "PlanAction", "Reporters");
    /** A report's states share some names with a plan's: the object decides which labels apply first. */
    private static final Map<AuditObject, String> PREFERRED = Map.of(AuditObject.REPORT, "ReportStatus");

    private final JsonMapper json;
    private final MessageSource messages;

    AuditValues(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    public record Line(String label, String value) {
    }

    public List<Line> lines(String value, AuditObject object) {
        if (value == null || value.isBlank()) return List.of();
        Locale locale = LocaleContextHolder.getLocale();
        List<Line> lines = new ArrayList<>();
        try {
            add(lines, "", json.readTree(value), object, locale);
        } catch (JacksonException e) {
            // Written by AuditTrail, so always JSON; should an old row not be, it is still shown as it is.
            lines.add(new Line("", value));
        }
        return lines;
    }

    private void add(List<Line> lines, String path, JsonNode node, AuditObject object, Locale locale) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey();
                String label = messages.getMessage("audit.field." + key, null, key, locale);
                add(lines, path.isEmpty() ? label : path + " › " + label, field.getValue(), object, locale);
            }
        } else if (node.isArray() && node.valueStream().allMatch(JsonNode::isValueNode)) {
            lines.add(new Line(path, String.join(", ",
                    node.valueStream().map(v -> scalar(v, object, locale)).toList())));
        } else if (node.isArray()) {
            int i = 1;
            for (JsonNode item : node) add(lines, path + " " + i++, item, object, locale);
        } else {
            lines.add(new Line(path, scalar(node, object, locale)));
        }
    }

    private String scalar(JsonNode node, AuditObject object, Locale locale) {
        if (node.isNull()) return "—";
        if (node.isBoolean()) {
            return messages.getMessage(node.booleanValue() ? "audit.yes" : "audit.no", null, locale);
        }
        String text = node.asString();
        if (!CONSTANT.matcher(text).matches()) return text;
        String preferred = PREFERRED.get(object);
        if (preferred != null) {
            String label = messages.getMessage(preferred + "." + text, null, null, locale);
            if (label != null) return label;
        }
        for (String prefix : ENUMS) {
            String label = messages.getMessage(prefix + "." + text, null, null, locale);
            if (label != null) return label;
        }
        return text;
    }
}
