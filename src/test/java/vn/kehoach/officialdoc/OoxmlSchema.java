package vn.kehoach.officialdoc;

import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates the parts of a generated .docx or .xlsx against the complete ECMA-376 schemas (the XMLBeans types of
 * poi-ooxml-full): the main document, styles, numbering, headers, footers and settings of a Word file; the workbook,
 * sheets, styles and shared strings of a workbook; the extended properties of both. What Word would "repair" or
 * refuse (two w:pPr in a paragraph, elements out of their sequence, unknown attributes) is an error here.
 */
public final class OoxmlSchema {

    /** Part name patterns and the document type their root element must be. */
    private static final Map<Pattern, SchemaType> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put(Pattern.compile("word/document\\.xml"), DocumentDocument.type);
        PARTS.put(Pattern.compile("word/styles\\.xml"), StylesDocument.type);
        PARTS.put(Pattern.compile("word/numbering\\.xml"), NumberingDocument.type);
        PARTS.put(Pattern.compile("word/settings\\.xml"), SettingsDocument.type);
        PARTS.put(Pattern.compile("word/header\\d*\\.xml"), HdrDocument.type);
        PARTS.put(Pattern.compile("word/footer\\d*\\.xml"), FtrDocument.type);
        PARTS.put(Pattern.compile("xl/workbook\\.xml"), WorkbookDocument.type);
        PARTS.put(Pattern.compile("xl/worksheets/sheet\\d+\\.xml"), WorksheetDocument.type);
        PARTS.put(Pattern.compile("xl/styles\\.xml"), StyleSheetDocument.type);
        PARTS.put(Pattern.compile("xl/sharedStrings\\.xml"), SstDocument.type);
        PARTS.put(Pattern.compile("docProps/app\\.xml"), PropertiesDocument.type);
    }

    private OoxmlSchema() {
    }

    /** "word/document.xml: …" for every schema error of every known part; empty when the file is valid. */
    public static List<String> errors(byte[] file) {
        List<String> errors = new ArrayList<>();
        int checked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                SchemaType type = typeOf(entry.getName());
                if (type == null) continue;
                checked++;
                errors.addAll(validate(entry.getName(), type, zip.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a zip package", e);
        }
        if (checked == 0) errors.add("no WordprocessingML or SpreadsheetML part found");
        return errors;
    }

    /** Fails with the list of errors, named after what was checked, unless the file is valid. */
    public static void assertValid(String what, byte[] file) {
        assertThat(errors(file)).as("schema errors in %s", what).isEmpty();
    }

    private static SchemaType typeOf(String partName) {
        for (Map.Entry<Pattern, SchemaType> part : PARTS.entrySet()) {
            if (part.getKey().matcher(partName).matches()) return part.getValue();
        }
        return null;
    }

    private static List<String> validate(String partName, SchemaType type, byte[] xml) {
        List<String> errors = new ArrayList<>();
        XmlObject part;
        try {
            part = XmlObject.Factory.parse(new ByteArrayInputStream(xml),
                    new XmlOptions().setDocumentType(type).setLoadLineNumbers());
        } catch (XmlException | IOException e) {
            return List.of(partName + ": not well-formed: " + e.getMessage());
        }
        if (part.schemaType() != type) {
            return List.of(partName + ": root element is " + part.schemaType() + ", expected " + type);
        }
        List<XmlError> found = new ArrayList<>();
        part.validate(new XmlOptions().setErrorListener(found));
        // Namespaces dropped: the list of expected elements stays readable.
        found.forEach(error -> errors.add(partName + ":" + error.getLine() + ":" + error.getColumn() + ": "
                + error.getMessage().replaceAll("@http://schemas\\.openxmlformats\\.org/[^ ']*", "")));
        return errors;
    }
}
