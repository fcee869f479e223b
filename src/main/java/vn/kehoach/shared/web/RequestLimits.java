package vn.kehoach.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The container's limits on what one request may carry (application.properties says why each value), for the
 * messages that explain a refusal and for the pages' scripts, which check a form before sending it.
 */
@Component
public class RequestLimits {

    private final long maxFormBytes;
    private final int maxFields;
    private final long maxFileBytes;
    private final long maxUploadBytes;
    private final int maxParts;

    RequestLimits(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormBytes,
                  @Value("${server.tomcat.max-parameter-count:1000}") int maxFields,
                  @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileBytes,
                  @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxUploadBytes,
                  @Value("${server.tomcat.max-part-count:50}") int maxParts) {
        this.maxFormBytes = maxFormBytes.toBytes();
        this.maxFields = maxFields;
        this.maxFileBytes = maxFileBytes.toBytes();
        this.maxUploadBytes = maxUploadBytes.toBytes();
        this.maxParts = maxParts;
    }

    /** Largest form (not multipart) body, in bytes as sent: text is form-encoded. */
    public long maxFormBytes() {
        return maxFormBytes;
    }

    /** Most fields one request may carry. */
    public int maxFields() {
        return maxFields;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** Most parts (files and fields) one upload may carry. */
    public int maxParts() {
        return maxParts;
    }

    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
