package vn.kehoach.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTests {

    @Test
    void keepsParagraphsListsAndEmphasisOnly() {
        String html = RichText.sanitize(
                "<p style=\"color:red\" onclick=\"x()\">Tuyên truyền <b>Luật</b> <a href=\"http://x\">link</a></p>"
                        + "<script>alert(1)</script><ul><li><em>một</em></li></ul><img src=x onerror=alert(1)>");
        assertThat(html).isEqualTo("<p>Tuyên truyền <b>Luật</b> link</p><ul><li><em>một</em></li></ul>");
    }

    @Test
    void turnsPlainTextIntoParagraphs() {
        assertThat(RichText.sanitize("Dòng một\n\nDòng <hai> & ba"))
                .isEqualTo("<p>Dòng một</p><p>Dòng &lt;hai&gt; &amp; ba</p>");
        assertThat(RichText.sanitize("   ")).isNull();
    }

    @Test
    void wrapsLooseTextInParagraphs() {
        assertThat(RichText.sanitize("Trước<ul><li>mục</li></ul>sau <i>đó</i>"))
                .isEqualTo("<p>Trước</p><ul><li>mục</li></ul><p>sau <i>đó</i></p>");
    }

    @Test
    void keepsTheLinesABrowserEditorMakes() {
        assertThat(RichText.sanitize("<div>Dòng một</div><div><b>Dòng</b> hai</div>"))
                .isEqualTo("<p>Dòng một</p><p><b>Dòng</b> hai</p>");
    }

    @Test
    void readsBackAsPlainText() {
        assertThat(RichText.toPlainText("<p>Một</p><ul><li>hai</li><li>ba</li></ul>")).isEqualTo("Một\n- hai\n- ba");
    }
}
