package vn.kehoach.reporting.domain;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.kehoach.reporting.EntryState;
import vn.kehoach.shared.text.Alignment;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoundSnapshotTests {

    @Test
    void showsOnlyWhatChangedWordByWord() {
        RoundSnapshot before = new RoundSnapshot(List.of(
                new RoundSnapshot.Part("entry:1", "II.1 Truyền thông", "Tổ chức 1 buổi tại thôn."),
                new RoundSnapshot.Part("results", "Kết quả đạt được", "Hoàn thành."),
                new RoundSnapshot.Part("target:1.1", "Chỉ tiêu 1.1", "Tử số 3 / mẫu số 10")));
        RoundSnapshot after = new RoundSnapshot(List.of(
                new RoundSnapshot.Part("entry:1", "II.1 Truyền thông", "Tổ chức 2 buổi tại thôn."),
                new RoundSnapshot.Part("results", "Kết quả đạt được", "Hoàn thành."),
                new RoundSnapshot.Part("proposals", "Đề xuất, kiến nghị", "Bổ sung kinh phí.")));

        List<RoundSnapshot.PartDiff> diff = RoundSnapshot.compare(before, after);

        assertThat(diff).extracting(RoundSnapshot.PartDiff::key, RoundSnapshot.PartDiff::change).containsExactly(
                Tuple.tuple("entry:1", RoundSnapshot.Change.CHANGED),
                Tuple.tuple("results", RoundSnapshot.Change.SAME),
                Tuple.tuple("proposals", RoundSnapshot.Change.ADDED),
                Tuple.tuple("target:1.1", RoundSnapshot.Change.REMOVED));
        assertThat(diff.get(0).words()).containsExactly(
                new RoundSnapshot.Word(Alignment.Op.SAME, "Tổ chức "),
                new RoundSnapshot.Word(Alignment.Op.REMOVED, "1 "),
                new RoundSnapshot.Word(Alignment.Op.ADDED, "2 "),
                new RoundSnapshot.Word(Alignment.Op.SAME, "buổi tại thôn."));
    }

    @Test
    void writesMoneyTheVietnameseWay() {
        assertThat(RoundSnapshot.money(new BigDecimal("6500000"))).isEqualTo("6.500.000");
        assertThat(RoundSnapshot.entryText(new EntryContent(1, null, "I", "t", EntryState.DONE,
                "Đã làm.", new Figures(2, 3, 4, null, new BigDecimal("1000")))))
                .isEqualTo(
                        "Tình trạng: Hoàn thành\nĐã làm.\nSố hoạt động: 2; Người tham gia: nam 3, nữ 4; Kinh phí: 1.000 đồng");
    }
}
