package vn.kehoach.support;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The crawl's detector: it must see what would leak, and leave the user's language alone. */
class InternalWordsTests {

    private final InternalWords detector = InternalWords.ofApplication();

    @Test
    void findsTheApplicationsEnumConstantsWhereverThePageShowsThem() {
        assertThat(InternalWords.applicationEnumConstants()).contains("SIX_MONTH", "ANNUAL", "SUBMITTED", "REPORTER");

        assertThat(found("<h2>Báo cáo SIX_MONTH</h2>")).containsExactly("enum constant: SIX_MONTH");
        assertThat(found("<p>Trạng thái: <span class=\"badge\">SUBMITTED</span></p>"))
                .containsExactly("enum constant: SUBMITTED");
        assertThat(found("<input placeholder=\"ANNUAL\">")).containsExactly("enum constant: ANNUAL");
        assertThat(found("<title>REPORTER</title>")).containsExactly("enum constant: REPORTER");
    }

    @Test
    void leavesWhatOnlyTheProgramReadsAndTheUsersWordsAlone() {
        assertThat(found("""
                <a href="/reports?status=SUBMITTED">Đã gửi</a>
                <input type="hidden" name="kind" value="SIX_MONTH">
                <select><option value="ANNUAL">Báo cáo năm</option></select>
                <p>KẾ HOẠCH Thực hiện công tác bình đẳng giới năm 2025, số 15/KH-UBND ngày 05/01/2025</p>
                <p>Tải tệp PDF hoặc DOCX</p>
                <script>const SUBMITTED = 1;</script>""")).isEmpty();
        // A constant only as part of a longer word is no leak.
        assertThat(found("<p>ANNUALLY SUBMITTED_X</p>")).isEmpty();
    }

    @Test
    void findsKeysPatternsClassNamesAndContainerPages() {
        assertThat(found("<p>??plan.issue.number_vi??</p>"))
                .containsExactly("unresolved message key: ??plan.issue.number_vi??");
        assertThat(found("<p>Ngày không hợp lệ (định dạng dd/MM/yyyy)</p>"))
                .containsExactly("format pattern: dd/MM/yyyy");
        assertThat(found("<input placeholder=\"dd/mm/yyyy\">")).containsExactly("format pattern: dd/mm/yyyy");
        assertThat(found("<p>yyyy-MM-dd</p>")).containsExactly("format pattern: yyyy-MM-dd");
        assertThat(found("<pre>java.lang.IllegalStateException: boom</pre>")).contains(
                "class name: java.lang.IllegalStateException");
        assertThat(found("<p>NullPointerException</p>")).containsExactly("class name: NullPointerException");
        assertThat(found("<h1>HTTP Status 413 – Payload Too Large</h1>"))
                .contains("container error page: HTTP Status 413");
        assertThat(found("<h1>Whitelabel Error Page</h1>")).contains("container error page: Whitelabel Error Page");
        assertThat(found("<span>must not be blank</span>")).containsExactly("framework message: must not be blank");
    }

    @Test
    void findsEnglishSentencesOfTheMessagesOnAVietnamesePage() {
        InternalWords english = new InternalWords(Set.of(), List.of("The plan has been issued", "Save"));
        assertThat(english.findIn(Html.parse("<p>Đã lưu. The plan has been issued.</p>")))
                .containsExactly("English text: the plan has been issued");
        // Too short to be told from a name or a loanword.
        assertThat(english.findIn(Html.parse("<button>Save</button>"))).isEmpty();
        assertThat(InternalWords.englishOnlyPhrases()).contains("A plan in this state cannot be edited.")
                .doesNotContain("Save");
    }

    @Test
    void readsTheWholeDemoVocabularyWithoutAFalseAlarm() {
        assertThat(found("""
                <h1>Báo cáo 6 tháng năm 2025 · phường Đăk Cấm</h1>
                <p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc</p>
                <p>Công văn 739/BNV-CTTN&amp;BĐG; 72/KH-UBND; UBND tỉnh Quảng Ngãi; Sở Nội vụ (SNV)</p>
                <p>Quá hạn 3 ngày · 1.250 lượt người · 33,3%</p>""")).isEmpty();
    }

    /** Messages only shown after a refused form (which the crawl does not send) are read here. */
    @Test
    void noVietnameseMessageHoldsAWordOfTheProgram() throws IOException {
        Properties vi = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("messages.properties")) {
            vi.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> leaks = vi.stringPropertyNames().stream().sorted()
                .flatMap(key -> detector.findInText(vi.getProperty(key)).stream().map(leak -> key + ": " + leak))
                .toList();
        assertThat(leaks).isEmpty();
    }

    private List<String> found(String html) {
        return detector.findIn(Html.parse("<html><head></head><body>" + html + "</body></html>"));
    }
}
