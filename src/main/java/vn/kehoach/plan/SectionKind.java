package vn.kehoach.plan;

/**
 * What a top-level part of a plan is about. Decides where tasks may be attached, which part the implementation duties
 * are generated into, and which part holds the reporting regime.
 */
public enum SectionKind {
    /** I. MỤC ĐÍCH, YÊU CẦU */
    PURPOSE,
    /** MỤC TIÊU, CHỈ TIÊU */
    TARGETS,
    /** NHIỆM VỤ, GIẢI PHÁP / NỘI DUNG HOẠT ĐỘNG: the items that can be tasks */
    TASKS,
    /** KINH PHÍ THỰC HIỆN */
    FUNDING,
    /** TỔ CHỨC THỰC HIỆN: duties per agency */
    IMPLEMENTATION,
    /** CHẾ ĐỘ BÁO CÁO (often a numbered item inside TỔ CHỨC THỰC HIỆN) */
    REPORTING, OTHER
}
