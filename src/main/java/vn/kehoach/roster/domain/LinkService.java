package vn.kehoach.roster.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.VietnameseText;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;
import vn.kehoach.shared.web.PageResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Predecessor links imported from a crosswalk, waiting for an administrator to confirm them. */
@Service
@Transactional(readOnly = true)
public class LinkService {

    public record LinkRow(long id, long predecessorId, String predecessorCode, String predecessorName,
                          LocalDate predecessorTo, long successorId, String successorCode, String successorName,
                          String provinceName, String kind, boolean partial, boolean confirmed, String source) {
    }

    private final UnitLinkRepository links;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail audit;

    LinkService(UnitLinkRepository links, NamedParameterJdbcTemplate jdbc, AuditTrail audit) {
        this.links = links;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Links by confirmation state, optionally for the successors in one province (by its path). */
    public PageResult<LinkRow> search(CurrentUser user, boolean confirmed, Long provinceId, String q, int page,
                                      int size) {
        Access.requireSystemAdmin(user);
        // Clamped like the other lists' filters: a page number typed by hand is no reason to fail.
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), 200);
        StringBuilder where = new StringBuilder(" where l.confirmed = :confirmed");
        MapSqlParameterSource params = new MapSqlParameterSource("confirmed", confirmed);
        if (provinceId != null) {
            where.append(" and s.path like :under");
            params.addValue("under", "%/" + provinceId + "/%");
        }
        String cleaned = VietnameseText.clean(q);
        if (cleaned != null && !cleaned.isEmpty()) {
            where.append(" and (f_unaccent(s.full_name) like :pattern or f_unaccent(p.full_name) like :pattern"
                    + " or s.code = :code or p.code = :code)");
            params.addValue("pattern", "%" + VietnameseText.likeEscape(VietnameseText.fold(cleaned)) + "%");
            params.addValue("code", cleaned);
        }
        String from = " from unit_link l join administrative_unit p on p.id = l.predecessor_id"
                + " join administrative_unit s on s.id = l.successor_id"
                // The province is the second id of the successor's path ("/1/<province>/…"); the root has none.
                + " left join administrative_unit prov on prov.id = cast(nullif(split_part(s.path, '/', 3), '') as bigint)";
        Long total = jdbc.queryForObject("select count(*)" + from + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<LinkRow> rows = jdbc.query("""
                select l.id, p.id as pid, p.code as pcode, p.full_name as pname, p.valid_to as pto,
                       s.id as sid, s.code as scode, s.full_name as sname, prov.full_name as province,
                       l.kind, l.partial, l.confirmed, l.source""" + from + where
                + " order by prov.full_name, s.full_name, p.full_name limit :limit offset :offset", params,
                (rs, n) -> new LinkRow(rs.getLong("id"), rs.getLong("pid"), rs.getString("pcode"),
                        rs.getString("pname"), rs.getObject("pto", LocalDate.class), rs.getLong("sid"),
                        rs.getString("scode"), rs.getString("sname"), rs.getString("province"), rs.getString("kind"),
                        rs.getBoolean("partial"), rs.getBoolean("confirmed"), rs.getString("source")));
        return new PageResult<>(rows, total == null ? 0 : total, page, size);
    }

    public long countSuggested() {
        return links.countByConfirmedFalse();
    }

    @Transactional
    public void confirm(CurrentUser user, long id) {
        Access.requireSystemAdmin(user);
        UnitLink link = links.findById(id).orElseThrow(() -> new NotFoundException("link", id));
        link.confirm();
        audit.record(AuditEntry.of(AuditAction.LINK_CONFIRMED, user).object(id).unit(link.getSuccessorId())
                .after(Map.of("predecessorId", link.getPredecessorId(), "successorId", link.getSuccessorId())));
    }

    /** Confirms every suggestion, or those whose successor lies in one province; returns how many. */
    @Transactional
    public int confirmAll(CurrentUser user, Long provinceId) {
        Access.requireSystemAdmin(user);
        MapSqlParameterSource params = new MapSqlParameterSource("under", "%/" + provinceId + "/%");
        int confirmed = jdbc.update(
                """
                        update unit_link l set confirmed = true from administrative_unit s
                        where s.id = l.successor_id and not l.confirmed"""
                        + (provinceId == null ? "" : " and s.path like :under"),
                params);
        if (confirmed > 0) {
            audit.record(AuditEntry.of(AuditAction.LINK_CONFIRMED, user).unit(provinceId)
                    .summary(String.valueOf(confirmed)));
        }
        return confirmed;
    }

    @Transactional
    public void reject(CurrentUser user, long id) {
        Access.requireSystemAdmin(user);
        UnitLink link = links.findById(id).orElseThrow(() -> new NotFoundException("link", id));
        if (link.isConfirmed()) throw new BusinessRuleException("roster.links.confirmedCannotBeRejected");
        links.delete(link);
        audit.record(AuditEntry.of(AuditAction.LINK_REJECTED, user).object(id).unit(link.getSuccessorId())
                .before(Map.of("predecessorId", link.getPredecessorId(), "successorId", link.getSuccessorId())));
    }
}
