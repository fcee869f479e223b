package vn.kehoach.document.parse;

import java.util.List;

/**
 * The signature block.
 *
 * @param authorityLines "TM. …", "KT. …", "Q. …", "TL. …", "TUQ. …" lines, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
 * @param title          the signer's position, e.g. "PHÓ CHỦ TỊCH"; null when not found
 * @param name           e.g. "Nguyễn Văn A"; null when not found
 */
public record ParsedSigner(List<String> authorityLines, String title, String name) {
}
