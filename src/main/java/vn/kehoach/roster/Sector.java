package vn.kehoach.roster;

/**
 * The field an agency works in. Lets a plan's duties be carried down a level: the province's Sở Y tế maps to the
 * commune's agency of the same sector, or to the office that covers it after 2025 (see {@link #communeFallback()}).
 */
public enum Sector {
    GENERAL, HOME_AFFAIRS, PERSONNEL, HEALTH, EDUCATION, CULTURE, CULTURE_SOCIETY, FINANCE, PLANNING, JUSTICE, SCIENCE_TECHNOLOGY, MEDIA, ETHNIC_RELIGION, AGRICULTURE_ENVIRONMENT, ECONOMY, OFFICE, POLICE, MILITARY, STATISTICS, SOCIAL_POLICY_CREDIT, FRONT, WOMEN, LABOUR_UNION, YOUTH, FARMERS, VETERANS, OTHER;

    /**
     * Which sector of a post-2025 commune carries this sector's duties: the social side went to Phòng Văn hóa - Xã
     * hội, the economic side to Phòng Kinh tế; null when the commune has no counterpart.
     */
    public Sector communeFallback() {
        return switch (this) {
            case HOME_AFFAIRS, PERSONNEL, HEALTH, EDUCATION, CULTURE, MEDIA, ETHNIC_RELIGION, JUSTICE, STATISTICS ->
                CULTURE_SOCIETY;
            case FINANCE, PLANNING, AGRICULTURE_ENVIRONMENT, SCIENCE_TECHNOLOGY -> ECONOMY;
            case GENERAL -> GENERAL;
            case WOMEN, YOUTH, FARMERS, VETERANS, LABOUR_UNION -> FRONT;
            default -> null;
        };
    }
}
