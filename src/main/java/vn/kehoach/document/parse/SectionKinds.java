package vn.kehoach.document.parse;

import vn.kehoach.plan.SectionKind;

import java.util.Locale;

/** What a part of a plan is about, from its title. */
final class SectionKinds {

    private SectionKinds() {
    }

    /**
     * A top-level title. Checked in this order because titles combine words: "KINH PHÍ THỰC HIỆN" is funding and
     * "CÁC NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN" tasks, only "TỔ CHỨC THỰC HIỆN" is the implementation part.
     */
    static SectionKind ofTitle(String title) {
        if (title == null) return SectionKind.OTHER;
        String t = title.toUpperCase(Locale.ROOT);
        if (t.contains("TỔ CHỨC THỰC HIỆN") || t.contains("PHÂN CÔNG")) return SectionKind.IMPLEMENTATION;
        if (t.contains("BÁO CÁO")) return SectionKind.REPORTING;
        if (t.contains("KINH PHÍ")) return SectionKind.FUNDING;
        if (t.contains("MỤC ĐÍCH") || t.contains("YÊU CẦU")) return SectionKind.PURPOSE;
        if (t.contains("MỤC TIÊU") || t.contains("CHỈ TIÊU")) return SectionKind.TARGETS;
        if (t.contains("NHIỆM VỤ") || t.contains("GIẢI PHÁP") || t.contains("NỘI DUNG") || t.contains("HOẠT ĐỘNG")) {
            return SectionKind.TASKS;
        }
        return SectionKind.OTHER;
    }

    /**
     * A nested title names its own kind only when it starts with the kind's words ("5. Chế độ báo cáo",
     * "2. Kinh phí"); a task titled "… kiểm tra và báo cáo …" stays a task.
     */
    static SectionKind ofNestedTitle(String title, SectionKind parent) {
        if (title == null) return parent;
        String t = title.toUpperCase(Locale.ROOT);
        if (t.startsWith("CHẾ ĐỘ BÁO CÁO") || t.startsWith("BÁO CÁO") || t.startsWith("THÔNG TIN BÁO CÁO")) {
            return SectionKind.REPORTING;
        }
        if (t.startsWith("KINH PHÍ")) return SectionKind.FUNDING;
        if (t.startsWith("MỤC ĐÍCH") || t.startsWith("YÊU CẦU")) return SectionKind.PURPOSE;
        if (t.startsWith("MỤC TIÊU") || t.startsWith("CHỈ TIÊU")) return SectionKind.TARGETS;
        if (t.startsWith("TỔ CHỨC THỰC HIỆN") || t.startsWith("PHÂN CÔNG") || t.startsWith("TRÁCH NHIỆM CỦA")
                || t.startsWith("TRÁCH NHIỆM THỰC HIỆN")) {
            return SectionKind.IMPLEMENTATION;
        }
        return parent;
    }
}
