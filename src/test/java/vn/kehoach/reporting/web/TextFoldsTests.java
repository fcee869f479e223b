package vn.kehoach.reporting.web;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A text of a dozen lines or fewer is shown whole; a longer one shows its first eight, the rest behind the fold. */
class TextFoldsTests {

    private final TextFolds folds = new TextFolds();

    private static String lines(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "- Phường " + i + ": Tổ chức truyền thông.")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aShortTextIsWhole() {
        TextFolds.Fold fold = folds.of(lines(12));
        assertThat(fold.head()).isEqualTo(lines(12));
        assertThat(fold.rest()).isNull();
        assertThat(folds.of(null).head()).isNull();
    }

    @Test
    void aLongTextShowsItsFirstLinesAndLosesNone() {
        String text = lines(158);
        TextFolds.Fold fold = folds.of(text);
        assertThat(fold.head()).isEqualTo(lines(8));
        assertThat(fold.rest()).startsWith("- Phường 9:").endsWith("- Phường 158: Tổ chức truyền thông.");
        assertThat(fold.restLines()).isEqualTo(150);
        assertThat(fold.head() + "\n" + fold.rest()).isEqualTo(text);
    }
}
