package vn.kehoach.document.parse;

import java.util.List;

/**
 * Where the plan says it comes from, for finding its issuing unit in the roster.
 *
 * @param names    the unit's full name as the document gives it, most telling first: the issuer lines of the header
 *                 ("HUYỆN BA TƠ"), the unit above a department ("UBND TỈNH QUẢNG NGÃI" → "TỈNH QUẢNG NGÃI"), the
 *                 sentence that issues the plan ("Ủy ban nhân dân huyện Lộc Bình xây dựng Kế hoạch …"), the title
 *                 ("… trên địa bàn huyện Ba Tơ"), and the place of the date line with the level the text names
 *                 ("Lộc Bình, ngày …" and "UBND huyện" → "Huyện Lộc Bình")
 * @param province the province the text places it in ("tỉnh Lạng Sơn" of a cited Sở), to tell apart units of the same
 *                 name; null when none is named
 */
public record ParsedIssuerUnit(List<String> names, String province) {

    /** Whether the document names a place at all; a plan that names one is never matched to another. */
    public boolean named() {
        return !names.isEmpty();
    }
}
