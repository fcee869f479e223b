package vn.kehoach.roster;

/**
 * Kind of agency. Decides how plans word their duties: elected bodies and mass organisations are requested
 * ("Đề nghị …"), not assigned.
 */
public enum AgencyKind {
    /** Ủy ban nhân dân */
    PEOPLES_COMMITTEE,
    /** Bộ, Sở, Phòng chuyên môn */
    DEPARTMENT,
    /** Công an */
    POLICE,
    /** Mặt trận Tổ quốc and the đoàn thể (Hội LHPN, Đoàn TN, Hội Nông dân, Công đoàn…) */
    FRONT_OR_MASS_ORGANISATION,
    /** Ngân hàng Chính sách xã hội */
    SOCIAL_POLICY_BANK,
    /** Đơn vị sự nghiệp (health centres, schools, media) */
    PUBLIC_SERVICE_UNIT, OTHER;

    /** Duties to these agencies are requested ("Đề nghị"), not assigned. */
    public boolean isRequestedNotAssigned() {
        return this == FRONT_OR_MASS_ORGANISATION;
    }
}
