package vn.kehoach.reporting.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.shared.security.CurrentUser;

/**
 * The report commands ReportController still calls here while another branch changes that controller: each hands over
 * to the use case that now holds it ({@link ReportWriting}, {@link ReportConsolidation}, {@link ReportAttachments};
 * review is {@link ReportReview}). Remove once the controller calls those itself.
 */
@Service
@Transactional
public class ReportService {

    private final ReportWriting writing;
    private final ReportConsolidation consolidation;
    private final ReportAttachments attachments;

    ReportService(ReportWriting writing, ReportConsolidation consolidation, ReportAttachments attachments) {
        this.writing = writing;
        this.consolidation = consolidation;
        this.attachments = attachments;
    }

    public long save(CurrentUser user, long id, long version, ReportContent content) {
        return writing.save(user, id, version, content);
    }

    public void submit(CurrentUser user, long id, long version, String number) {
        writing.submit(user, id, version, number);
    }

    public void requestApproval(CurrentUser user, long id, long version) {
        writing.requestApproval(user, id, version);
    }

    public void approve(CurrentUser user, long id, String number, String signerAuthority, String signerTitle,
                        String signerName) {
        writing.approve(user, id, number, signerAuthority, signerTitle, signerName);
    }

    public void sendBack(CurrentUser user, long id, String reason) {
        writing.sendBack(user, id, reason);
    }

    public ReportConsolidation.Consolidated consolidate(CurrentUser user, long id, long version) {
        return consolidation.consolidate(user, id, version);
    }

    public void detach(CurrentUser user, long id, long attachmentId) {
        attachments.detach(user, id, attachmentId);
    }

    @Transactional(readOnly = true)
    public void requireAttachment(CurrentUser user, long id, long attachmentId) {
        attachments.requireAttachment(user, id, attachmentId);
    }
}
