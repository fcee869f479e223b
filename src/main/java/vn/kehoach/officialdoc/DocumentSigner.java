package vn.kehoach.officialdoc;

import java.util.List;

/**
 * The signature block (ô 7a–7c): authority lines such as {@code ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]}, the
 * signer's title ("PHÓ CHỦ TỊCH") and name. Lines and title are printed upper case whatever the input case.
 */
public record DocumentSigner(List<String> authorityLines, String title, String name) {

    public DocumentSigner {
        authorityLines = Texts.lines(authorityLines);
        title = Texts.optional(title);
        name = Texts.optional(name);
    }
}
