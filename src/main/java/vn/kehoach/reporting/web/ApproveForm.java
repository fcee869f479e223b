package vn.kehoach.reporting.web;

import jakarta.validation.constraints.Size;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.OfficialText;

/** The leader's approval of a unit's report: the registry number and the signature block. */
public class ApproveForm {

    @Size(max = 20)
    private String number;

    @Size(max = 200)
    private String signerAuthority;

    @Size(max = 200)
    private String signerTitle;

    @Size(max = 200)
    private String signerName;

    /** The People's Committee's usual signature block, signed by the leader approving. */
    static ApproveForm defaults(CurrentUser user) {
        ApproveForm form = new ApproveForm();
        form.signerAuthority = OfficialText.of("official.signer.onBehalf");
        form.signerTitle = OfficialText.of("official.signer.chair");
        form.signerName = user.displayName();
        return form;
    }

    public String getNumber() { return number; }

    public void setNumber(String number) { this.number = number; }

    public String getSignerAuthority() { return signerAuthority; }

    public void setSignerAuthority(String signerAuthority) { this.signerAuthority = signerAuthority; }

    public String getSignerTitle() { return signerTitle; }

    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }

    public String getSignerName() { return signerName; }

    public void setSignerName(String signerName) { this.signerName = signerName; }
}
