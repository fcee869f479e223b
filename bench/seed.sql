-- National-scale data for the benchmark, on top of the official lists imported through the application's API
-- (bench/seed.sh does that first). Everything is inserted with set-based SQL, following the rules the services apply
-- one row at a time, so that the pages see data they could have made themselves:
--   agencies      AgencyService.applyTemplates: every template of the unit's level over the unit's life, named
--                 "<template> <type> <name>", the template's focal period cut to the agency's life
--   accounts      24,000+ across the current provinces and communes, password "Demo@2025" (the demo admin's hash)
--   plans         2023-2024 for the 63 provinces, 696 districts and 10,035 communes of the old map, 2025-2026 for
--                 the 34 provinces and 3,321 communes of the new one; Decree 30 header, 18-40 sections with 8-20
--                 tasks (lead and 0-3 coordinating agencies), 2 reporting requirements, transitions; implementing
--                 plans linked to the plan above and their tasks to its tasks; search_text folded as
--                 PlanService.afterChange does
-- Pseudo-random choices come from hashint8() of stable ids, so two runs give the same data.
\set ON_ERROR_STOP on
\timing on
set client_min_messages = warning;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;

\echo '== links: the crosswalk suggestions, confirmed as an administrator would (LinkService.confirmAll)'
update unit_link set confirmed = true where not confirmed;

\echo '== agencies of every unit from the templates'
create temp table bench_unit as
select u.id, u.code, u.name, u.level, u.type, u.parent_id, u.valid_from, u.valid_to,
       case when u.type in ('CENTRAL_CITY', 'PROVINCIAL_CITY', 'MUNICIPAL_CITY') then 'thành phố'
            when u.type = 'PROVINCE' then 'tỉnh' when u.type = 'RURAL_DISTRICT' then 'huyện'
            when u.type = 'URBAN_DISTRICT' then 'quận' when u.type = 'DISTRICT_TOWN' then 'thị xã'
            when u.type = 'COMMUNE' then 'xã' when u.type = 'WARD' then 'phường'
            when u.type = 'TOWNSHIP' then 'thị trấn' when u.type = 'SPECIAL_ZONE' then 'đặc khu' end
           || ' ' || u.name as inline
from administrative_unit u where u.level <> 'CENTRAL';
create index on bench_unit (id);
analyze bench_unit;

-- least()/greatest() skip nulls: least(unit end, template end) is the earlier end, null when both are open.
insert into agency (unit_id, name, short_name, kind, sector, sort_order, valid_from, valid_to)
select u.id, replace(t.name, '{unit}', u.inline), t.short_name, t.kind, t.sector, t.sort_order,
       greatest(u.valid_from, t.valid_from), least(u.valid_to, t.valid_to)
from bench_unit u join agency_template t on t.level = u.level
where coalesce(least(u.valid_to, t.valid_to), date 'infinity') >= greatest(u.valid_from, t.valid_from)
  and not exists (select 1 from agency a where a.unit_id = u.id
                  and f_unaccent(a.name) = f_unaccent(replace(t.name, '{unit}', u.inline))
                  and daterange(a.valid_from, a.valid_to, '[]')
                      && daterange(greatest(u.valid_from, t.valid_from), least(u.valid_to, t.valid_to), '[]'))
order by u.id, t.sort_order;

insert into focal_agency (unit_id, agency_id, valid_from, valid_to)
select a.unit_id, a.id, greatest(a.valid_from, t.focal_from), least(a.valid_to, t.focal_to)
from agency a join bench_unit u on u.id = a.unit_id
join agency_template t on t.level = u.level and a.name = replace(t.name, '{unit}', u.inline)
where t.focal_from is not null
  and coalesce(least(a.valid_to, t.focal_to), date 'infinity') >= greatest(a.valid_from, t.focal_from)
  and not exists (select 1 from focal_agency f where f.unit_id = a.unit_id
                  and daterange(f.valid_from, f.valid_to, '[]')
                      && daterange(greatest(a.valid_from, t.focal_from), least(a.valid_to, t.focal_to), '[]'));

\echo '== accounts of the current provinces and communes'
create function pg_temp.person(seed bigint) returns text language sql immutable as $$
    select (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
                  'Ngô', 'Dương', 'Lý', 'Đinh', 'Y', 'Hà', 'Lương'])[1 + abs(hashint8(seed)) % 20] || ' '
        || (array['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Xuân', 'Thu', 'Thị Thu',
                  'Văn Đức'])[1 + abs(hashint8(seed + 1)) % 12] || ' '
        || (array['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Hương', 'Lan', 'Linh', 'Long',
                  'Mai', 'Nam', 'Nga', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Việt', 'Yến', 'Khánh',
                  'Đạt', 'Hiền', 'Thủy', 'Phương'])[1 + abs(hashint8(seed + 2)) % 30]
$$;

-- Who works where: per province its administrator, leader, viewer, three in Sở Nội vụ, two in every other agency;
-- per commune its leader and viewer, two drafters in Phòng Văn hóa - Xã hội, one reporter in three more agencies.
create temp table bench_account as
select a.id as agency_id, u.code, u.level,
       (case when u.level = 'PROVINCE' then 'p' else 'x' end) || u.code || '.' || r.slug as username, r.roles
from administrative_unit u
join agency a on a.unit_id = u.id and a.valid_to is null
join lateral (
    select v.slug, v.roles from (values
        ('PROVINCE', 'UBND', 'admin', array['UNIT_ADMIN']),
        ('PROVINCE', 'UBND', 'lanhdao', array['LEADER']),
        ('PROVINCE', 'UBND', 'xem', array['VIEWER']),
        ('PROVINCE', 'SNV', 'snv1', array['DRAFTER', 'REVIEWER']),
        ('PROVINCE', 'SNV', 'snv2', array['DRAFTER']),
        ('PROVINCE', 'SNV', 'snv3', array['REVIEWER']),
        ('COMMUNE', 'UBND', 'lanhdao', array['LEADER']),
        ('COMMUNE', 'UBND', 'xem', array['VIEWER']),
        ('COMMUNE', 'VHXH', 'vhxh1', array['DRAFTER', 'REVIEWER']),
        ('COMMUNE', 'VHXH', 'vhxh2', array['DRAFTER']),
        ('COMMUNE', 'VP', 'vp', array['REPORTER']),
        ('COMMUNE', 'TYT', 'tyt', array['REPORTER']),
        ('COMMUNE', 'CA', 'ca', array['REPORTER'])) v (level, short_name, slug, roles)
    where v.level = u.level and v.short_name = a.short_name
    union all
    select lower(f_unaccent(a.short_name)) || n, array['REPORTER'] from generate_series(1, 2) n
    where u.level = 'PROVINCE' and a.short_name not in ('UBND', 'SNV')
) r (slug, roles) on true
where u.valid_to is null and u.level in ('PROVINCE', 'COMMUNE');

insert into app_user (username, display_name, password_hash, agency_id, email)
select b.username, pg_temp.person(hashtext(b.username)), h.password_hash, b.agency_id,
       b.username || '@kehoach.local'
from bench_account b cross join (select password_hash from app_user where username = 'admin') h
where b.username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'
  and not exists (select 1 from app_user x where x.username = b.username)
order by b.code, b.username;
insert into app_user_role (user_id, role)
select u.id, r from bench_account b join app_user u on u.username = b.username cross join unnest(b.roles) r
on conflict do nothing;

\echo '== plans: the old map in 2023-2024, the new one in 2025-2026'
create temp table bench_plan as
with issuing as (
    select u.*, y.year, make_date(y.year, 3, 1) as at from bench_unit u cross join (values (2023), (2024)) y (year)
    where u.valid_to = date '2025-06-30'
    union all
    select u.*, y.year, case y.year when 2025 then date '2025-07-15' else date '2026-02-01' end
    from bench_unit u cross join (values (2025), (2026)) y (year)
    where u.valid_to is null and u.level in ('PROVINCE', 'COMMUNE')
)
select nextval(pg_get_serial_sequence('plan', 'id')) as plan_id, i.id as unit_id, i.code, i.name, i.level, i.inline,
       i.parent_id as parent_unit_id, i.year, i.at, abs(hashint8(i.id * 10 + i.year)) % 100 as h,
       8 + abs(hashint8(i.id * 10 + i.year + 1)) % 13 as tasks,
       2 + abs(hashint8(i.id * 10 + i.year + 2)) % 3 as groups,
       c.id as issuer_agency_id, coalesce(f.agency_id, c.id) as drafting_agency_id, d.short_name as drafting_short,
       null::bigint as parent_plan_id, null::text as status, null::text as search_text
from issuing i
join lateral (select a.id from agency a where a.unit_id = i.id and a.kind = 'PEOPLES_COMMITTEE'
              and a.valid_from <= i.at and (a.valid_to is null or a.valid_to >= i.at) order by a.sort_order limit 1) c on true
left join lateral (select f.agency_id from focal_agency f where f.unit_id = i.id
                   and f.valid_from <= i.at and (f.valid_to is null or f.valid_to >= i.at)) f on true
join agency d on d.id = coalesce(f.agency_id, c.id)
where not exists (select 1 from plan p where p.issuer_unit_id = i.id and p.year = i.year);
-- Mostly issued; the further the year, the more still in drafting.
update bench_plan set status = case
    when year < 2025 then case when h < 95 then 'ISSUED' else 'DRAFT' end
    when year = 2025 then case when h < 85 then 'ISSUED' when h < 92 then 'SUBMITTED' else 'DRAFT' end
    else case when h < 35 then 'ISSUED' when h < 50 then 'SUBMITTED' when h < 55 then 'RETURNED' else 'DRAFT' end end;
create index on bench_plan (plan_id);
create index on bench_plan (unit_id, year);
analyze bench_plan;
-- The plan each one implements: the issued plan of the unit above for the same year (district, then province).
update bench_plan c set parent_plan_id = p.id
from plan p join administrative_unit pu on pu.id = p.issuer_unit_id
where p.issuer_unit_id = c.parent_unit_id and p.year = c.year and p.status = 'ISSUED' and pu.level <> 'CENTRAL';
update bench_plan c set parent_plan_id = p.plan_id
from bench_plan p where p.unit_id = c.parent_unit_id and p.year = c.year and p.status = 'ISSUED';

\echo '== sections: purpose, tasks in groups, funding, implementation with its reporting regime'
create temp table bench_text (kind text, n int, text text);
insert into bench_text
select 'group', ordinality - 1, t from unnest(array[
    'Tăng cường sự lãnh đạo, chỉ đạo và kiện toàn bộ máy làm công tác bình đẳng giới',
    'Truyền thông nâng cao nhận thức về bình đẳng giới',
    'Lồng ghép vấn đề bình đẳng giới trong xây dựng và thực hiện chính sách',
    'Nâng cao năng lực cho đội ngũ cán bộ làm công tác bình đẳng giới',
    'Phòng ngừa, ứng phó với bạo lực trên cơ sở giới',
    'Kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới']) with ordinality t
union all
select 'task', ordinality - 1, t from unnest(array[
    'Tuyên truyền, phổ biến Luật Bình đẳng giới cho cán bộ, công chức, viên chức và Nhân dân',
    'Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới',
    'Lồng ghép mục tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội năm',
    'Hỗ trợ phụ nữ vay vốn phát triển sinh kế, khởi nghiệp',
    'Truyền thông giảm thiểu mất cân bằng giới tính khi sinh tại các trạm y tế',
    'Tuyên truyền xóa bỏ tảo hôn, hôn nhân cận huyết thống ở vùng đồng bào dân tộc thiểu số',
    'Tập huấn kiến thức về giới, lồng ghép giới cho cán bộ làm công tác bình đẳng giới',
    'Rà soát, lồng ghép vấn đề bình đẳng giới trong văn bản quy phạm pháp luật',
    'Phát sóng chuyên mục bình đẳng giới trên hệ thống thông tin cơ sở',
    'Lồng ghép nội dung giới trong hoạt động ngoại khóa ở trường học',
    'Tuyên truyền phòng, chống mua bán người và bạo lực gia đình',
    'Thu thập, cập nhật số liệu thống kê về giới',
    'Hỗ trợ phụ nữ nông thôn tham gia mô hình kinh tế hợp tác',
    'Kiện toàn Ban vì sự tiến bộ của phụ nữ',
    'Duy trì địa chỉ tin cậy, nhà tạm lánh cho nạn nhân bạo lực gia đình',
    'Tư vấn pháp luật, trợ giúp pháp lý cho phụ nữ và trẻ em gái',
    'Nâng cao tỷ lệ nữ tham gia cấp ủy, lãnh đạo, quản lý',
    'Kiểm tra việc thực hiện pháp luật về bình đẳng giới tại cơ quan, đơn vị',
    'Tổ chức đối thoại chính sách với phụ nữ về việc làm và an sinh xã hội',
    'Nhân rộng mô hình câu lạc bộ gia đình hạnh phúc, bền vững',
    'Đào tạo nghề, giới thiệu việc làm cho lao động nữ',
    'Chăm sóc sức khỏe sinh sản cho phụ nữ và trẻ em gái',
    'Biểu dương, khen thưởng tập thể, cá nhân điển hình về bình đẳng giới',
    'Sơ kết, đánh giá kết quả thực hiện các chỉ tiêu bình đẳng giới']) with ordinality t
union all
select 'output', ordinality - 1, t from unnest(array['Tin, bài, hội nghị tuyên truyền', 'Báo cáo kết quả',
    'Kế hoạch và báo cáo kết quả', 'Danh sách cán bộ đầu mối', 'Tài liệu truyền thông', 'Số liệu thống kê về giới',
    'Lớp tập huấn', 'Mô hình điểm']) with ordinality t;
create temp table bench_section (
    id bigint, plan_id bigint, parent_id bigint, position int, kind text, title text, body_html text,
    is_task boolean default false, task_no int, lead_agency_id bigint, task_from date, task_to date, output text,
    implements_section_id bigint);
-- I.-IV. at the top.
insert into bench_section (id, plan_id, position, kind, title)
select nextval(pg_get_serial_sequence('plan_section', 'id')), p.plan_id, k.position, k.kind, k.title
from bench_plan p cross join (values (0, 'PURPOSE', 'MỤC ĐÍCH, YÊU CẦU'), (1, 'TASKS', 'NHIỆM VỤ, GIẢI PHÁP'),
    (2, 'FUNDING', 'KINH PHÍ THỰC HIỆN'), (3, 'IMPLEMENTATION', 'TỔ CHỨC THỰC HIỆN')) k (position, kind, title)
order by p.plan_id, k.position;
create index on bench_section (plan_id, kind) where parent_id is null;
analyze bench_section;
-- Purpose and requirements, the task groups, funding, and each agency's part in the implementation.
insert into bench_section (id, plan_id, parent_id, position, kind, title, body_html)
select nextval(pg_get_serial_sequence('plan_section', 'id')), t.plan_id, t.id, c.position, t.kind, c.title, c.body
from bench_section t join bench_plan p on p.plan_id = t.plan_id
cross join lateral (
    select 0, 'Mục đích', '<p>Triển khai đồng bộ các nhiệm vụ bình đẳng giới năm ' || p.year || ' trên địa bàn '
        || p.inline || ', gắn với các chỉ tiêu của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030.</p>'
    where t.kind = 'PURPOSE'
    union all
    select 1, 'Yêu cầu', '<p>Xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời gian và sản phẩm của từng nhiệm vụ.</p>'
    where t.kind = 'PURPOSE'
    union all
    select g - 1, (select text from bench_text where kind = 'group' and n = (p.h + g) % 6), null
    from generate_series(1, p.groups) g where t.kind = 'TASKS'
    union all
    select 0, null, '<p>Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành, bố trí trong dự toán năm '
        || p.year || ' của các cơ quan, đơn vị và các nguồn hợp pháp khác.</p>'
    where t.kind = 'FUNDING'
    union all
    select i - 1, null, '<p>Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao chủ động triển khai nội dung thứ '
        || i || ' của Kế hoạch; định kỳ báo cáo kết quả về cơ quan thường trực.</p>'
    from generate_series(1, abs(hashint8(p.plan_id)) % greatest(1, 33 - p.groups - p.tasks)::int) i
    where t.kind = 'IMPLEMENTATION'
) c (position, title, body)
where t.parent_id is null;
create index on bench_section (parent_id, position);
analyze bench_section;
insert into bench_section (id, plan_id, parent_id, position, kind, title)
select nextval(pg_get_serial_sequence('plan_section', 'id')), t.plan_id, t.id,
       (select count(*) from bench_section x where x.parent_id = t.id), 'REPORTING', 'Chế độ báo cáo'
from bench_section t where t.parent_id is null and t.kind = 'IMPLEMENTATION';
-- The tasks, dealt over the groups: task j in group (j - 1) mod G, in position (j - 1) / G.
create temp table bench_agencies as
select p.plan_id, array_agg(a.id order by a.sort_order, a.id) as ids
from bench_plan p join agency a on a.unit_id = p.unit_id
    and a.valid_from <= p.at and (a.valid_to is null or a.valid_to >= p.at)
group by p.plan_id;
create index on bench_agencies (plan_id);
insert into bench_section (id, plan_id, parent_id, position, kind, title, body_html, is_task, task_no, lead_agency_id,
                           task_from, task_to, output)
select nextval(pg_get_serial_sequence('plan_section', 'id')), p.plan_id, g.id, (j - 1) / p.groups, 'TASKS',
       case when (p.h + j) % 4 = 0 then t.text end,
       '<p>' || t.text || ' trên địa bàn ' || p.inline || ' năm ' || p.year || '.</p>', true, j,
       ag.ids[1 + (p.h + j) % cardinality(ag.ids)],
       make_date(p.year, 1 + (p.h + j) % 6, 1), make_date(p.year, 12, 15),
       (select text from bench_text where kind = 'output' and n = (p.h + j) % 8)
from bench_plan p
join bench_agencies ag on ag.plan_id = p.plan_id
cross join generate_series(1, p.tasks) j
join bench_section top on top.plan_id = p.plan_id and top.parent_id is null and top.kind = 'TASKS'
join bench_section g on g.parent_id = top.id and g.position = (j - 1) % p.groups
join bench_text t on t.kind = 'task' and t.n = (p.h * 7 + j) % 24;
-- Implementing plans carry out the tasks of the plan above, task by task.
create index on bench_section (plan_id, task_no) where is_task;
analyze bench_section;
update bench_section c set implements_section_id = pt.id
from bench_plan p, (
    select id, plan_id, task_no from bench_section where is_task
    union all
    select id, plan_id, row_number() over (partition by plan_id order by id)
    from plan_section where is_task and plan_id in (select parent_plan_id from bench_plan)
) pt
where c.is_task and p.plan_id = c.plan_id and pt.plan_id = p.parent_plan_id and pt.task_no = c.task_no;

\echo '== the plans themselves, with the folded search text of their content'
update bench_plan p set search_text = s.text
from (select s.plan_id, string_agg(concat_ws(' ', s.title, regexp_replace(s.body_html, '<[^>]*>', '', 'g')), ' '
                                   order by s.id) as text
      from bench_section s group by s.plan_id) s
where s.plan_id = p.plan_id;
insert into plan (id, status, year, issuer_unit_id, issuer_agency_id, drafting_agency_id, parent_body_line,
                  issuer_lines, number, symbol, place, issued_on, title, closing, parent_plan_id, revision, recipients,
                  signer_authority, signer_title, signer_name, search_text, created_by, created_at, updated_by,
                  updated_at)
select p.plan_id, p.status, p.year, p.unit_id, p.issuer_agency_id, p.drafting_agency_id, null,
       'ỦY BAN NHÂN DÂN' || chr(10) || upper(p.inline),
       case when p.status = 'ISSUED' then (1 + abs(hashint8(p.plan_id)) % 199)::text end, 'KH-UBND', p.name,
       case when p.status = 'ISSUED' then p.at + (p.h % 40) end,
       p.title, 'Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ của Ủy ban nhân dân '
           || p.inline || '; yêu cầu các cơ quan, đơn vị, địa phương triển khai thực hiện./.',
       p.parent_plan_id, 1,
       array[case p.level when 'PROVINCE' then 'Bộ Nội vụ (để b/c)' else 'UBND cấp trên (để b/c)' end,
             'CT, các PCT UBND ' || split_part(p.inline, ' ', 1), 'Các cơ quan được giao nhiệm vụ', 'Lưu: VT, '
             || p.drafting_short],
       'TM. ỦY BAN NHÂN DÂN' || chr(10) || 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH',
       case when p.status = 'ISSUED' then pg_temp.person(p.plan_id) end,
       regexp_replace(f_unaccent(p.title || ' ' || coalesce(p.search_text, '')), '\s+', ' ', 'g'),
       'bench', p.at - 20, 'bench', p.at + (p.h % 40)
from (select *, 'Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm ' || year || ' trên địa bàn '
                || inline as title from bench_plan) p
order by p.plan_id;
insert into plan_section (id, plan_id, parent_id, position, kind, title, body_html, is_task, lead_agency_id, task_from,
                          task_to, output, implements_section_id)
select id, plan_id, parent_id, position, kind, title, body_html, is_task, lead_agency_id, task_from, task_to, output,
       implements_section_id
from bench_section order by id;

\echo '== coordinating agencies (0-3 per task), reporting requirements, legal basis, history'
insert into plan_section_coordinator (section_id, position, agency_id)
select s.id, k - 1, ag.ids[1 + (p.h + s.task_no + k) % cardinality(ag.ids)]
from bench_section s join bench_plan p on p.plan_id = s.plan_id join bench_agencies ag on ag.plan_id = s.plan_id
cross join generate_series(1, 3) k
where s.is_task and k <= abs(hashint8(s.id)) % 4 and cardinality(ag.ids) > 3;
insert into plan_reporting_requirement (plan_id, position, kind, period_from, period_to, due_date, receiver_agency_id,
                                        reporters)
select p.plan_id, r.position, r.kind, make_date(p.year - 1, 12, 15), r.period_to, r.period_to + 5,
       p.drafting_agency_id, 'BOTH'
from bench_plan p cross join lateral (values (0, 'SIX_MONTH', make_date(p.year, 6, 14)),
                                             (1, 'ANNUAL', make_date(p.year, 12, 14))) r (position, kind, period_to);
insert into plan_legal_basis (plan_id, position, text, document_number, document_date, issuer)
select p.plan_id, b.position, b.text, b.number, b.date, b.issuer
from bench_plan p cross join (values
    (0, 'Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;', null, null::date, 'Quốc hội'),
    (1, 'Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;',
     '28/NQ-CP', date '2021-03-03', 'Chính phủ')) b (position, text, number, date, issuer);
insert into plan_transition (plan_id, from_status, to_status, action, actor, actor_name, at, reason)
select p.plan_id, t.from_status, t.to_status, t.action, 'bench', 'Dữ liệu thử tải', p.at - 20 + t.days,
       case when t.action = 'RETURN' then 'Đề nghị bổ sung sản phẩm của từng nhiệm vụ.' end
from bench_plan p cross join lateral (values
    (null, 'DRAFT', case when p.parent_plan_id is null then 'CREATE' else 'IMPLEMENT' end, 0, true),
    ('DRAFT', 'SUBMITTED', 'SUBMIT', 10, p.status in ('SUBMITTED', 'RETURNED', 'ISSUED')),
    ('SUBMITTED', 'RETURNED', 'RETURN', 15, p.status = 'RETURNED'),
    ('SUBMITTED', 'ISSUED', 'ISSUE', 20 + p.h % 40, p.status = 'ISSUED')) t (from_status, to_status, action, days, applies)
where t.applies;

\echo '== statistics'
analyze;
select 'administrative_unit' as "table", count(*) as "rows" from administrative_unit
union all select 'unit_link', count(*) from unit_link
union all select 'agency', count(*) from agency
union all select 'focal_agency', count(*) from focal_agency
union all select 'app_user', count(*) from app_user
union all select 'plan', count(*) from plan
union all select 'plan_section', count(*) from plan_section
union all select '  of which tasks', count(*) from plan_section where is_task
union all select 'plan_section_coordinator', count(*) from plan_section_coordinator
union all select 'plan_reporting_requirement', count(*) from plan_reporting_requirement
union all select 'plan_transition', count(*) from plan_transition;
select status, count(*) from plan group by status order by status;
