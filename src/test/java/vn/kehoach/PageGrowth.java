package vn.kehoach;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data PageQueryCountTests adds to measure the pages again with more of everything they show, and removes
 * afterwards: 200 communes of the province with their committees, 100 agencies with an account each, 50 implementing
 * plans, a plan grown by 150 sections.
 */
final class PageGrowth {

    static final int UNITS = 200;
    static final int PLANS = 50;

    private final JdbcTemplate jdbc;

    PageGrowth(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void grow(long province, long provincial, long ownDraft) {
        // 200 communes under the province, named so that the unit searches find them, each with its People's Committee.
        jdbc.update(
                """
                        insert into administrative_unit (id, code, name, full_name, type, level, parent_id, path, depth, valid_from)
                        select n.id, 'Q' || lpad(n.g::text, 4, '0'), 'Quảng Thử ' || n.g, 'Xã Quảng Thử ' || n.g, 'COMMUNE',
                               'COMMUNE', p.id, p.path || n.id || '/', p.depth + 1, date '2025-07-01'
                        from (select nextval('administrative_unit_id_seq') as id, g from generate_series(1, ?) g) n
                        cross join administrative_unit p where p.id = ?""",
                UNITS, province);
        jdbc.update("""
                insert into agency (unit_id, name, short_name, kind, sector, sort_order, valid_from)
                select u.id, 'Ủy ban nhân dân ' || lower(left(u.full_name, 1)) || substr(u.full_name, 2), 'UBND',
                       'PEOPLES_COMMITTEE', 'GENERAL', 1, u.valid_from
                from administrative_unit u where u.code like 'Q____' and u.parent_id = ?""", province);
        // 100 more agencies of the province itself, and an account in each.
        jdbc.update("""
                insert into agency (unit_id, name, short_name, kind, sector, sort_order, valid_from)
                select ?, 'Ban thử nghiệm số ' || g || ' tỉnh Quảng Ngãi', 'BTN', 'OTHER', 'OTHER', 200 + g,
                       date '2025-07-01'
                from generate_series(1, 100) g""", province);
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, agency_id)
                select 'count.user' || a.id, 'Người dùng thử ' || a.id,
                       (select password_hash from app_user where username = 'qn.snv'), a.id
                from agency a where a.unit_id = ? and a.short_name = 'BTN'""", province);
        jdbc.update("""
                insert into app_user_role (user_id, role)
                select u.id, r from app_user u cross join (values ('DRAFTER'), ('REPORTER')) roles (r)
                where u.username like 'count.user%'""");

        // 50 implementing plans of the new communes (40 issued, 10 drafts), each carrying out the province's tasks.
        jdbc.update("""
                insert into plan (status, year, issuer_unit_id, issuer_agency_id, drafting_agency_id, issuer_lines,
                                  number, symbol, place, issued_on, title, parent_plan_id, search_text,
                                  created_by, created_at, updated_by, updated_at)
                select case when u.g <= 40 then 'ISSUED' else 'DRAFT' end, 2025, u.id, a.id, a.id,
                       'ỦY BAN NHÂN DÂN' || chr(10) || upper(u.full_name),
                       case when u.g <= 40 then u.g::text end, 'KH-UBND', 'Quảng Thử',
                       case when u.g <= 40 then date '2025-08-01' end,
                       'Thực hiện công tác bình đẳng giới năm 2025 trên địa bàn ' || u.full_name, ?,
                       f_unaccent('Thực hiện công tác bình đẳng giới năm 2025 trên địa bàn ' || u.full_name),
                       'count', now(), 'count', now()
                from (select id, full_name, row_number() over (order by id) as g from administrative_unit
                      where code like 'Q____' and parent_id = ?) u
                join agency a on a.unit_id = u.id
                where u.g <= ?""", provincial, province, PLANS);
        jdbc.update("""
                insert into plan_section (plan_id, position, kind, title)
                select p.id, k.position, k.kind, k.title from plan p
                cross join (values (0, 'PURPOSE', 'MỤC ĐÍCH, YÊU CẦU'), (1, 'TASKS', 'NHIỆM VỤ, GIẢI PHÁP'),
                                   (2, 'FUNDING', 'KINH PHÍ THỰC HIỆN')) k (position, kind, title)
                where p.created_by = 'count'""");
        jdbc.update("""
                insert into plan_section (plan_id, parent_id, position, kind, title, is_task, lead_agency_id,
                                          implements_section_id)
                select p.id, s.id, t.n - 1, 'TASKS', t.title, true, p.issuer_agency_id, t.id
                from plan p join plan_section s on s.plan_id = p.id and s.kind = 'TASKS' and s.parent_id is null
                cross join (select id, title, row_number() over (order by id) as n from plan_section
                            where plan_id = ? and is_task) t
                where p.created_by = 'count'""", provincial);
        jdbc.update(
                """
                        insert into plan_reporting_requirement (plan_id, position, kind, due_date, receiver_agency_id, reporters)
                        select p.id, k.position, k.kind, k.due, p.issuer_agency_id, 'BOTH' from plan p
                        cross join (values (0, 'SIX_MONTH', date '2025-06-20'), (1, 'ANNUAL', date '2025-12-20')) k (position, kind, due)
                        where p.created_by = 'count'""");

        // Every new commune owes the province its six-month report: the 40 with an issued plan sent it, with a line
        // per task and the strategy targets; the 10 others have not begun. The Department of Home Affairs is told.
        jdbc.update("""
                insert into report (plan_id, requirement_id, kind, year, due_date, reporter_kind, reporter_unit_id,
                                    owner_agency_id, receiver_agency_id, subject_plan_id, status, round,
                                    first_submitted_at, last_submitted_at, results, created_at, updated_at, updated_by)
                select q.plan_id, q.id, q.kind, 2025, q.due_date, 'UNIT', p.issuer_unit_id, p.issuer_agency_id,
                       q.receiver_agency_id, case when p.status = 'ISSUED' then p.id else q.plan_id end,
                       case when p.status = 'ISSUED' then 'SUBMITTED' else 'NOT_STARTED' end,
                       case when p.status = 'ISSUED' then 1 else 0 end,
                       case when p.status = 'ISSUED' then timestamptz '2025-06-18 09:00+07' end,
                       case when p.status = 'ISSUED' then timestamptz '2025-06-18 09:00+07' end,
                       case when p.status = 'ISSUED' then 'Đã tổ chức tuyên truyền tại các thôn.' end,
                       now(), now(), 'count'
                from plan p join plan_reporting_requirement q on q.plan_id = p.parent_plan_id and q.kind = 'SIX_MONTH'
                where p.created_by = 'count'""");
        jdbc.update("""
                insert into report_entry (report_id, section_id, implements_section_id, position, task_title, state,
                                          narrative, activities, participants_male, participants_female)
                select r.id, s.id, s.implements_section_id, s.position, s.title, 'IN_PROGRESS',
                       'Đã triển khai ' || s.title, 2, 30, 45
                from report r join plan_section s on s.plan_id = r.subject_plan_id and s.is_task
                where r.updated_by = 'count' and r.status = 'SUBMITTED'""");
        jdbc.update("""
                insert into report_target_value (report_id, target_code, numerator, denominator, value, source)
                select r.id, t.code, 3, 10, 30, 'Phòng Văn hóa - Xã hội'
                from report r cross join (values ('1.1'), ('2.1'), ('3.1')) t (code)
                where r.updated_by = 'count' and r.status = 'SUBMITTED'""");
        jdbc.update("""
                insert into notification (user_id, kind, message_key, arguments, link, created_at)
                select u.id, 'SUBMITTED', 'notification.report.submitted',
                       '[{"key": "report.title.SIX_MONTH", "args": [2025]}, {"text": "thử 01/KH-UBND"}]',
                       '/reviews/' || r.id, now()
                from report r cross join app_user u
                where r.updated_by = 'count' and r.status = 'SUBMITTED' and u.username = 'qn.snv'""");

        // Their strategy-target figures count as if the reports had been accepted, for three years.
        jdbc.update("""
                insert into indicator_value (report_id, target_code, unit_id, year, report_kind, accepted_at, numerator,
                                             denominator, source)
                select -(r.id * 10 + y - 2020), t.code, r.reporter_unit_id, y, 'ANNUAL', now(), 3, 10, 'Thử'
                from report r cross join (values ('1.1'), ('2.1'), ('3.2a')) t (code)
                cross join generate_series(2023, 2025) y
                where r.updated_by = 'count' and r.status = 'SUBMITTED'""");

        // The drafter's own plan grows from its outline with one task to 155 sections, 101 of them tasks.
        addTasks(ownDraft, province, 150);
    }

    /** Items under the plan's tasks part, two in three of them tasks with a lead and two coordinating agencies. */
    void addTasks(long planId, long province, int count) {
        jdbc.update("""
                insert into plan_section (plan_id, parent_id, position, kind, title, body_html, is_task, lead_agency_id,
                                          task_from, task_to, output)
                select s.plan_id, s.id, n.position + g - 1, 'TASKS', 'Nhiệm vụ thử ' || g,
                       '<p>Nội dung nhiệm vụ thử ' || g || '.</p>', g % 3 <> 0, case when g % 3 <> 0 then a.id end,
                       date '2026-01-01', date '2026-12-31', 'Báo cáo'
                from plan_section s
                cross join (select count(*) as position from plan_section c join plan_section t on t.id = c.parent_id
                            where t.plan_id = ? and t.kind = 'TASKS' and t.parent_id is null) n
                cross join generate_series(1, ?) g
                join agency a on a.unit_id = ? and a.name like 'Sở Y tế%' and a.valid_to is null
                where s.plan_id = ? and s.kind = 'TASKS' and s.parent_id is null""", planId, count, province, planId);
        jdbc.update("""
                insert into plan_section_coordinator (section_id, position, agency_id)
                select s.id, c.position, a.id from plan_section s
                cross join (values (0, 'Hội Liên hiệp Phụ nữ tỉnh'), (1, 'Sở Tài chính tỉnh')) c (position, name)
                join agency a on a.unit_id = ? and a.name like c.name || '%' and a.valid_to is null
                where s.plan_id = ? and s.is_task
                  and not exists (select 1 from plan_section_coordinator x where x.section_id = s.id)""",
                province, planId);
    }

    void remove(long ownDraft) {
        jdbc.update("delete from indicator_value where source = 'Thử'");
        jdbc.update("delete from report where updated_by = 'count'");
        jdbc.update("delete from notification where arguments -> 1 ->> 'text' = 'thử 01/KH-UBND'");
        jdbc.update("delete from plan where created_by = 'count' or id = ?", ownDraft);
        jdbc.update("delete from app_user where username like 'count.user%'");
        jdbc.update(
                """
                        delete from agency where short_name = 'BTN' and name like 'Ban thử nghiệm số %'
                           or unit_id in (select id from administrative_unit where code like 'Q____' and name like 'Quảng Thử %')""");
        jdbc.update("delete from administrative_unit where code like 'Q____' and name like 'Quảng Thử %'");
    }

}
