package vn.kehoach.reporting.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Report attachments in the database: lists never read the file contents, only a download does. */
@Component
public class AttachmentStore {

    public record Attachment(long id, long reportId, String fileName, String contentType, long size, String sha256,
                             String uploadedBy, Instant uploadedAt) {
    }

    public record Download(Attachment attachment, byte[] data) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    AttachmentStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long add(long reportId, String fileName, String contentType, byte[] data, String sha256, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                        insert into report_attachment (report_id, file_name, content_type, size_bytes, sha256, data, uploaded_by,
                                                       uploaded_at)
                        values (:report, :name, :type, :size, :sha, :data, :by, :at)""",
                new MapSqlParameterSource("report", reportId).addValue("name", fileName).addValue("type", contentType)
                        .addValue("size", data.length).addValue("sha", sha256).addValue("data", data)
                        .addValue("by", by).addValue("at", Timestamp.from(at)),
                key, new String[]{"id"});
        return key.getKey().longValue();
    }

    public List<Attachment> list(long reportId) {
        return jdbc.query("""
                select id, report_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                from report_attachment where report_id = :report order by id""",
                new MapSqlParameterSource("report", reportId), (rs, n) -> new Attachment(rs.getLong("id"),
                        rs.getLong("report_id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()));
    }

    public int count(long reportId) {
        Integer n = jdbc.queryForObject("select count(*) from report_attachment where report_id = :report",
                new MapSqlParameterSource("report", reportId), Integer.class);
        return n == null ? 0 : n;
    }

    Optional<Download> get(long reportId, long attachmentId) {
        return jdbc.query("""
                select id, report_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, data
                from report_attachment where id = :id and report_id = :report""",
                new MapSqlParameterSource("id", attachmentId).addValue("report", reportId),
                (rs, n) -> new Download(new Attachment(rs.getLong("id"), rs.getLong("report_id"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getString("uploaded_by"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()), rs.getBytes("data")))
                .stream().findFirst();
    }

    boolean delete(long reportId, long attachmentId) {
        return jdbc.update("delete from report_attachment where id = :id and report_id = :report",
                new MapSqlParameterSource("id", attachmentId).addValue("report", reportId)) > 0;
    }
}
