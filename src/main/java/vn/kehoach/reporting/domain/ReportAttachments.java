package vn.kehoach.reporting.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.reporting.ReportingProperties;
import vn.kehoach.shared.files.ZipGuard;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/** Files kept with a report: added and removed while it may be changed, read by whoever may read the report. */
@Service
@Transactional
public class ReportAttachments {

    private final ReportRepository reports;
    private final ReportQueries queries;
    private final AttachmentStore attachments;
    private final ReportingProperties properties;
    private final Clock clock;
    private final ReportSupport support;

    ReportAttachments(ReportRepository reports, ReportQueries queries, AttachmentStore attachments,
                      ReportingProperties properties, Clock clock, ReportSupport support) {
        this.reports = reports;
        this.queries = queries;
        this.attachments = attachments;
        this.properties = properties;
        this.clock = clock;
        this.support = support;
    }

    /**
     * Stores a file with the report. Files are not part of the text that the version guards: a file added while a
     * colleague writes conflicts with nobody, and the page's script can send files before the text. The report's row
     * is locked meanwhile, so that two uploads at once cannot pass the limit on the number of files together.
     */
    public void attach(CurrentUser user, long id, String fileName, byte[] data) {
        support.writable(user, reports.findWithLockById(id).orElseThrow(() -> new NotFoundException("report", id)));
        if (data.length == 0) throw new BusinessRuleException("report.attachment.empty");
        if (data.length > properties.attachmentMaxBytes()) {
            throw new BusinessRuleException("report.attachment.tooLarge",
                    properties.attachmentMaxBytes() / (1024 * 1024));
        }
        if (attachments.count(id) >= properties.attachmentMaxCount()) {
            throw new BusinessRuleException("report.attachment.tooMany", properties.attachmentMaxCount());
        }
        FileSniffer.Kind kind;
        try {
            kind = FileSniffer.sniff(data)
                    .orElseThrow(() -> new BusinessRuleException("report.attachment.unsupported"));
        } catch (ZipGuard.Refused e) {
            throw new BusinessRuleException("report.attachment.unsafe", ZipGuard.MAX_INFLATED
                    / (1024 * 1024));
        }
        attachments.add(id, safeName(fileName, kind), kind.contentType(), data, sha256(data), user.displayName(),
                clock.instant());
    }

    public void detach(CurrentUser user, long id, long attachmentId) {
        support.writable(user, support.load(user, id));
        if (!attachments.delete(id, attachmentId)) throw new NotFoundException("attachment", attachmentId);
    }

    /** 404 unless the file is one of the report's and the user may read the report: checked before anything is saved. */
    @Transactional(readOnly = true)
    public void requireAttachment(CurrentUser user, long id, long attachmentId) {
        support.load(user, id);
        if (attachments.list(id).stream().noneMatch(a -> a.id() == attachmentId)) {
            throw new NotFoundException("attachment", attachmentId);
        }
    }

    /** The files of a report the user may read. */
    @Transactional(readOnly = true)
    public List<AttachmentStore.Attachment> attachments(CurrentUser user, long id) {
        queries.visible(user, id);
        return attachments.list(id);
    }

    @Transactional(readOnly = true)
    public AttachmentStore.Download download(CurrentUser user, long id, long attachmentId) {
        queries.visible(user, id);
        return attachments.get(id, attachmentId).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    /**
     * The name without any path, control or quoting characters, ending with the extension of the type its content
     * has: what the browser saves is what the file is.
     */
    static String safeName(String original, FileSniffer.Kind kind) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) base = "tai-lieu";
        if (base.length() > 150) base = base.substring(0, 150);
        return base + "." + kind.extension();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
