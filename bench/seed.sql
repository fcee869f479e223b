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
--   reports       what ObligationService creates when a plan is issued: for each requirement of each issued plan,
--                 one report per agency leading tasks (to the requirement's receiver) and per unit directly below the
--                 issuer (owned by its focal agency, else its People's Committee; on its issued implementing plan,
--                 else on the plan itself); their state as of today (cycles closed nearly all accepted, the last
--                 past cycle with more waiting, returned and missing, the next one being written), an entry per
--                 task answered, strategy target values, the history of steps, reviewers' comments on returns,
--                 the rounds sent (2025 on), and the notifications each step sends to the accounts concerned
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
-- The plan each one implements: the issued plan of the unit above for the same year (the ministry's 2025 guidance
-- of the demo data for the provinces, then district, then province).
update bench_plan c set parent_plan_id = p.id
from plan p
where p.issuer_unit_id = c.parent_unit_id and p.year = c.year and p.status = 'ISSUED';
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
from bench_plan p cross join lateral (values
    -- 2025's plans of the new map are issued from mid-July: their first report covers the months up to August.
    (0, 'SIX_MONTH', case when p.year = 2025 then date '2025-08-31' else make_date(p.year, 6, 14) end),
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

\echo '== reports: the obligations of every issued plan (ObligationService.expected), as at each due date'
-- Who receives: the requirement's agency, else the issuer's focal agency, else the drafting agency.
create temp table bench_requirement as
select q.id as requirement_id, q.plan_id, q.kind, q.period_from, q.period_to, q.due_date, q.reporters, p.year,
       p.issuer_unit_id, coalesce(q.receiver_agency_id, f.agency_id, p.drafting_agency_id) as receiver_agency_id,
       coalesce(p.issued_on, p.updated_at::date) as issued_on, coalesce(p.number, '') || '/' || p.symbol as plan_ref
from plan_reporting_requirement q join plan p on p.id = q.plan_id
left join lateral (select f.agency_id from focal_agency f where f.unit_id = p.issuer_unit_id
                   and f.valid_from <= q.due_date and (f.valid_to is null or f.valid_to >= q.due_date) limit 1) f on true
where p.status = 'ISSUED';
create index on bench_requirement (requirement_id);
analyze bench_requirement;

-- The agencies leading tasks report on them to the receiver (which reports on its own tasks in its own report); the
-- units directly below the issuer report through their focal agency, else their People's Committee, on their own
-- issued implementing plan, else on the plan itself.
create temp table bench_obligation as
select distinct r.requirement_id, 'AGENCY' as reporter_kind, s.lead_agency_id as reporter_agency_id,
       a.unit_id as reporter_unit_id, s.lead_agency_id as owner_agency_id, r.plan_id as subject_plan_id
from bench_requirement r
join plan_section s on s.plan_id = r.plan_id and s.is_task and s.lead_agency_id is not null
join agency a on a.id = s.lead_agency_id
where r.reporters in ('ASSIGNED_AGENCIES', 'BOTH') and s.lead_agency_id <> r.receiver_agency_id
  and a.valid_from <= r.due_date and (a.valid_to is null or a.valid_to >= r.due_date)
union all
select r.requirement_id, 'UNIT', null, c.id, coalesce(f.agency_id, pc.id), coalesce(ip.id, r.plan_id)
from bench_requirement r
join administrative_unit c on c.parent_id = r.issuer_unit_id and c.valid_from <= r.due_date
    and (c.valid_to is null or c.valid_to >= r.due_date)
left join lateral (select f.agency_id from focal_agency f where f.unit_id = c.id and f.valid_from <= r.due_date
                   and (f.valid_to is null or f.valid_to >= r.due_date) limit 1) f on true
left join lateral (select a.id from agency a where a.unit_id = c.id and a.kind = 'PEOPLES_COMMITTEE'
                   and a.valid_from <= r.due_date and (a.valid_to is null or a.valid_to >= r.due_date)
                   order by a.sort_order, a.id limit 1) pc on true
left join lateral (select ip.id from plan ip where ip.parent_plan_id = r.plan_id and ip.issuer_unit_id = c.id
                   and ip.status = 'ISSUED' order by ip.revision desc, ip.id desc limit 1) ip on true
where r.reporters in ('SUBORDINATE_UNITS', 'BOTH') and coalesce(f.agency_id, pc.id) is not null;
-- The demo's own reports stay as the application made them.
delete from bench_obligation o using report x
where x.requirement_id = o.requirement_id and x.reporter_kind = o.reporter_kind
  and (x.reporter_agency_id = o.reporter_agency_id or o.reporter_kind = 'UNIT' and x.reporter_unit_id = o.reporter_unit_id);

-- Where each report stands today. A cycle closed for most of a year is nearly all accepted, a few still waiting for
-- review, returned, drafted or never sent; the last past cycle has more waiting and missing; a report due within a
-- month is being written, a few already sent. One in five sendings is late. h holds independent digits for the
-- choices (status, rounds, lateness, days).
create temp table bench_report as
select nextval(pg_get_serial_sequence('report', 'id')) as id, o.*, r.plan_id, r.kind, r.year, r.period_from,
       r.period_to, r.due_date, r.receiver_agency_id, r.issued_on, r.plan_ref,
       abs(hashint8(o.requirement_id * 1000003 + coalesce(o.reporter_agency_id, o.reporter_unit_id))) as h,
       case when r.due_date < current_date - 300 then 'CLOSED' when r.due_date < current_date then 'RECENT'
            when r.due_date <= current_date + 30 then 'SOON' else 'LATER' end as phase,
       null::text as status, 0 as round, false as late, null::date as started_on, null::timestamptz as first_at,
       null::int as cycle_days, null::int as review_days
from bench_obligation o join bench_requirement r using (requirement_id)
order by r.plan_id, o.requirement_id, o.reporter_kind, coalesce(o.reporter_agency_id, o.reporter_unit_id);
update bench_report set status = case phase
    when 'CLOSED' then case when h % 1000 < 880 then 'ACCEPTED' when h % 1000 < 900 then 'SUBMITTED'
        when h % 1000 < 925 then 'RETURNED' when h % 1000 < 945 then 'DRAFT' else 'NOT_STARTED' end
    when 'RECENT' then case when h % 1000 < 680 then 'ACCEPTED' when h % 1000 < 800 then 'SUBMITTED'
        when h % 1000 < 860 then 'RETURNED' when h % 1000 < 920 then 'DRAFT' else 'NOT_STARTED' end
    when 'SOON' then case when h % 1000 < 30 then 'ACCEPTED' when h % 1000 < 100 then 'SUBMITTED'
        when h % 1000 < 450 then 'DRAFT' else 'NOT_STARTED' end
    else case when h % 1000 < 100 then 'DRAFT' else 'NOT_STARTED' end end;
-- A unit's finished draft waits for its leader's approval before it is sent.
update bench_report set status = 'AWAITING_APPROVAL'
where status = 'DRAFT' and reporter_kind = 'UNIT' and h / 1000 % 3 = 0;
update bench_report set
    round = case status when 'ACCEPTED' then case when phase <> 'SOON' and h / 1000 % 10 = 0 then 2 else 1 end
        when 'SUBMITTED' then case when phase <> 'SOON' and h / 1000 % 4 = 0 then 2 else 1 end
        when 'RETURNED' then case when h / 1000 % 8 = 0 then 2 else 1 end else 0 end,
    late = phase in ('CLOSED', 'RECENT') and h / 1000000 % 1000 < 220,
    cycle_days = 5 + (h / 1000000000 % 8)::int, review_days = 1 + (h / 1000000 % 6)::int;
update bench_report set
    first_at = case when round = 0 then null else ((case
        when phase = 'SOON' then current_date - 3 - (h / 1000000000 % 20)::int
        when late then due_date + 1 + (h / 1000000000 % 25)::int
        else greatest(issued_on + 1, due_date - (h / 1000000000 % 12)::int) end)
        + make_interval(hours => 8 + (h / 1000 % 9)::int, mins => (h / 1000000 % 60)::int))
        at time zone 'Asia/Ho_Chi_Minh' end,
    started_on = case when status = 'NOT_STARTED' then null
        else greatest(issued_on + 1, least(due_date - 25 + (h / 1000000000 % 15)::int, current_date - 1)) end;
create index on bench_report (id);
analyze bench_report;

create function pg_temp.instant(d date, hours int) returns timestamptz language sql immutable as $$
    select (d + make_interval(hours => hours)) at time zone 'Asia/Ho_Chi_Minh'
$$;
-- Someone of each agency who writes, who reviews, and a leader of each unit: the people the history names.
create temp table bench_person as
select distinct on (u.agency_id, g.kind) u.agency_id, g.kind, u.username, u.display_name
from app_user u join app_user_role r on r.user_id = u.id
join (values ('DRAFTER', 'WRITER'), ('REPORTER', 'WRITER'), ('REVIEWER', 'REVIEWER'), ('LEADER', 'LEADER')) g (role, kind)
    on g.role = r.role
where u.agency_id is not null
order by u.agency_id, g.kind, u.username;
create temp table bench_leader as
select distinct on (a.unit_id) a.unit_id, p.username, p.display_name
from bench_person p join agency a on a.id = p.agency_id where p.kind = 'LEADER'
order by a.unit_id, a.sort_order, p.username;
create index on bench_person (agency_id, kind);
create index on bench_leader (unit_id);

insert into report (id, plan_id, requirement_id, kind, year, period_from, period_to, due_date, reporter_kind,
                    reporter_agency_id, reporter_unit_id, owner_agency_id, receiver_agency_id, subject_plan_id, status,
                    round, number, first_submitted_at, last_submitted_at, accepted_at, accepted_by, signer_authority,
                    signer_title, signer_name, results, shortcomings, causes, directions, proposals, created_at,
                    updated_at, updated_by, version)
select r.id, r.plan_id, r.requirement_id, r.kind, r.year, r.period_from, r.period_to, r.due_date, r.reporter_kind,
       r.reporter_agency_id, r.reporter_unit_id, r.owner_agency_id, r.receiver_agency_id, r.subject_plan_id, r.status,
       r.round,
       case when r.round > 0 then (1 + r.h % 240)::text || '/BC-' || coalesce(nullif(a.short_name, ''), 'UBND') end,
       r.first_at, r.first_at + make_interval(days => (r.round - 1) * (r.cycle_days + r.review_days)),
       case when r.status = 'ACCEPTED' then least(now() - interval '1 hour',
           r.first_at + make_interval(days => (r.round - 1) * (r.cycle_days + r.review_days) + r.review_days)) end,
       case when r.status = 'ACCEPTED' then coalesce(rv.username, 'bench') end,
       case when r.round > 0 and r.reporter_kind = 'UNIT' then 'TM. ỦY BAN NHÂN DÂN' end,
       case when r.round > 0 and r.reporter_kind = 'UNIT' then 'KT. CHỦ TỊCH' || chr(10) || 'PHÓ CHỦ TỊCH' end,
       case when r.round > 0 and r.reporter_kind = 'UNIT' then pg_temp.person(r.h) end,
       case when r.status <> 'NOT_STARTED' then (array[
           'Các nhiệm vụ được giao cơ bản được triển khai đúng tiến độ; nhận thức về bình đẳng giới của cán bộ và '
               || 'người dân được nâng lên.',
           'Đã triển khai đầy đủ các nhiệm vụ của kỳ báo cáo; các hoạt động truyền thông được tổ chức đa dạng, thu '
               || 'hút đông đảo phụ nữ tham gia.',
           'Hoàn thành phần lớn các chỉ tiêu của kỳ; công tác phối hợp giữa các cơ quan, đơn vị trong thực hiện bình '
               || 'đẳng giới được tăng cường.'])[1 + r.h % 3] end,
       case when r.round > 0 or r.status = 'AWAITING_APPROVAL' then (array[
           'Một số hoạt động truyền thông ở vùng đồng bào dân tộc thiểu số chưa thường xuyên; số liệu thống kê theo '
               || 'giới tính chưa đầy đủ.',
           'Việc lồng ghép vấn đề bình đẳng giới trong xây dựng kế hoạch còn hình thức; kinh phí bố trí còn hạn '
               || 'chế.'])[1 + r.h / 7 % 2] end,
       case when r.round > 0 or r.status = 'AWAITING_APPROVAL' then 'Kinh phí bố trí cho công tác bình đẳng giới còn '
           || 'hạn chế; cán bộ làm công tác bình đẳng giới ở cơ sở kiêm nhiệm, thay đổi sau sắp xếp.' end,
       case when r.round > 0 or r.status = 'AWAITING_APPROVAL' then 'Tiếp tục tuyên truyền, lồng ghép bình đẳng giới '
           || 'trong các chương trình, kế hoạch; tổ chức Tháng hành động vì bình đẳng giới năm ' || r.year || '.' end,
       case when r.round > 0 and r.h % 2 = 0 then 'Đề nghị bố trí kinh phí và tổ chức tập huấn nghiệp vụ cho cán bộ '
           || 'làm công tác bình đẳng giới cấp xã.' end,
       pg_temp.instant(r.issued_on, 17),
       greatest(pg_temp.instant(r.issued_on, 17), least(now() - interval '1 hour', case
           when r.status = 'ACCEPTED' or r.status = 'RETURNED' then
               r.first_at + make_interval(days => (r.round - 1) * (r.cycle_days + r.review_days) + r.review_days)
           when r.round > 0 then r.first_at + make_interval(days => (r.round - 1) * (r.cycle_days + r.review_days))
           when r.started_on is not null then pg_temp.instant(r.started_on, 10 + (r.h % 7)::int)
           else pg_temp.instant(r.issued_on, 17) end)),
       case when r.status = 'NOT_STARTED' then 'Hệ thống' when r.status in ('ACCEPTED', 'RETURNED') then coalesce(rv.username, 'bench')
            when r.round > 0 and r.reporter_kind = 'UNIT' then coalesce(ld.username, 'bench')
            else coalesce(wr.username, 'bench') end,
       case when r.status = 'NOT_STARTED' then 0 else 2 + 2 * r.round end
from bench_report r
left join agency a on a.id = r.reporter_agency_id
left join bench_person rv on rv.agency_id = r.receiver_agency_id and rv.kind = 'REVIEWER'
left join bench_person wr on wr.agency_id = r.owner_agency_id and wr.kind = 'WRITER'
left join bench_leader ld on ld.unit_id = r.reporter_unit_id
order by r.id;

\echo '== report contents: one entry per task answered (all tasks of the subject for a unit), target values'
create function pg_temp.roman(n int) returns text language sql immutable as $$
    select (array['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'])[n]
$$;
create temp table bench_task as
select s.id, s.plan_id, s.lead_agency_id, s.implements_section_id,
       case when g.parent_id is null then pg_temp.roman(g.position + 1) || '.' || (s.position + 1)
            else pg_temp.roman(t.position + 1) || '.' || (g.position + 1) || '.'
                 || coalesce((array['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r',
                                    's', 't', 'u', 'v', 'x', 'y'])[s.position + 1], '-') end as path,
       coalesce(nullif(s.title, ''), split_part(regexp_replace(s.body_html, '<[^>]*>', '', 'g'), ' trên địa bàn', 1))
           as title,
       row_number() over (partition by s.plan_id order by t.position, g.position, s.position, s.id) as ord
from plan_section s join plan_section g on g.id = s.parent_id left join plan_section t on t.id = g.parent_id
where s.is_task and s.plan_id in (select subject_plan_id from bench_report where status <> 'NOT_STARTED');
create index on bench_task (plan_id, lead_agency_id);
analyze bench_task;

insert into report_entry (report_id, section_id, implements_section_id, position, task_path, task_title, state,
                          narrative, activities, participants_male, participants_female, products, spent)
select e.report_id, e.section_id, e.implements_section_id,
       row_number() over (partition by e.report_id order by e.ord) - 1, e.path, e.title,
       e.state,
       case when e.state = 'NOT_STARTED' then 'Chưa triển khai trong kỳ; dự kiến thực hiện trong kỳ tới.'
            else (array[
                'Tổ chức ' || 2 + e.x % 4 || ' hội nghị, buổi nói chuyện chuyên đề; phát hành tờ gấp, đăng tin bài '
                    || 'trên cổng thông tin điện tử và hệ thống truyền thanh cơ sở.',
                'Lồng ghép nội dung bình đẳng giới trong hoạt động chuyên môn của cơ quan, đơn vị; ' || 1 + e.x % 5
                    || ' văn bản chỉ đạo, hướng dẫn được ban hành.',
                'Phối hợp với Hội Liên hiệp Phụ nữ tổ chức ' || 1 + e.x % 3 || ' lớp tập huấn cho cán bộ, hội viên '
                    || 'ở cơ sở.',
                'Giải ngân vốn vay ưu đãi cho hộ do phụ nữ làm chủ; hỗ trợ phụ nữ nông thôn tham gia tổ hợp tác, '
                    || 'hợp tác xã.',
                'Rà soát, kiện toàn đội ngũ cán bộ làm công tác bình đẳng giới; phân công công chức theo dõi lĩnh '
                    || 'vực tại từng đơn vị.',
                'Triển khai thực hiện theo kế hoạch; kiểm tra, đôn đốc việc thực hiện tại ' || 2 + e.x % 6
                    || ' cơ quan, đơn vị.'])[1 + e.x % 6]
                || case when e.state = 'IN_PROGRESS' then ' Nhiệm vụ đang tiếp tục thực hiện.' else '' end end,
       case when e.state <> 'NOT_STARTED' then 1 + e.x % 6 end,
       case when e.state <> 'NOT_STARTED' then 10 + e.x / 7 % 70 end,
       case when e.state <> 'NOT_STARTED' then 15 + e.x / 11 % 110 end,
       case when e.state <> 'NOT_STARTED' then e.x / 13 % 4 end,
       case when e.state <> 'NOT_STARTED' then (2 + e.x / 17 % 30) * 1000000 end
from (
    select r.id as report_id, t.id as section_id, t.implements_section_id, t.ord, t.path, t.title, x.x,
           case when x.x % 100 < 60 then 'DONE' when x.x % 100 < 93 then 'IN_PROGRESS' else 'NOT_STARTED' end as state
    from bench_report r
    join bench_task t on t.plan_id = r.subject_plan_id
        and (r.reporter_kind = 'UNIT' or t.lead_agency_id = r.reporter_agency_id)
    cross join lateral (select abs(hashint8(r.id * 7919 + t.id)) as x) x
    where r.status <> 'NOT_STARTED' and (r.status <> 'DRAFT' or x.x % 3 <> 0)
) e;

-- Strategy targets (NQ 28/NQ-CP) as numerator and denominator: women among key leaders (1.1), women among paid
-- workers (2.1), victims of gender-based violence reached by support services (3.1). Every unit sends the three; one
-- agency in five the one its sector keeps.
insert into report_target_value (report_id, target_code, value, numerator, denominator, source, note)
select r.id, v.code, null, v.num, v.den,
       'Số liệu thống kê của ' || case when r.reporter_kind = 'UNIT' then 'Ủy ban nhân dân' else 'cơ quan' end,
       case when v.code = '3.1' and r.h % 3 = 0 then 'Số liệu ước tính đến hết kỳ báo cáo' end
from bench_report r
cross join lateral (select 3 + (r.h / 7 % 6)::int as leaders, 400 + (r.h / 11 % 5000)::int as workers,
                           1 + (r.h / 13 % 40)::int as victims) n
cross join lateral (values
    ('1.1', (r.h / 17 % (n.leaders + 1))::int, n.leaders),
    ('2.1', n.workers * (35 + (r.h / 19 % 30)::int) / 100, n.workers),
    ('3.1', n.victims - (r.h / 23 % least(n.victims, 5))::int, n.victims)) v (code, num, den)
where (r.round > 0 or r.status = 'AWAITING_APPROVAL')
  and (r.reporter_kind = 'UNIT' or r.h % 5 = 0 and v.code = (array['1.1', '2.1', '3.1'])[1 + r.h / 29 % 3]);

\echo '== report history: created, begun, approval asked, sent, returned, accepted (who and when)'
create temp table bench_step as
select r.id as report_id, k.round, r.reporter_kind, r.status, r.owner_agency_id, r.receiver_agency_id,
       r.reporter_unit_id, r.h,
       r.first_at + make_interval(days => (k.round - 1) * (r.cycle_days + r.review_days)) as sent_at,
       least(now() - interval '1 hour', r.first_at
           + make_interval(days => (k.round - 1) * (r.cycle_days + r.review_days) + r.review_days)) as reviewed_at,
       k.round < r.round or r.status = 'RETURNED' and k.round = r.round as returned,
       r.status = 'ACCEPTED' and k.round = r.round as accepted
from bench_report r cross join lateral generate_series(1, r.round) k (round)
where r.round > 0;
insert into report_event (report_id, action, from_status, to_status, round, actor, actor_name, at, reason)
select e.report_id, e.action, e.from_status, e.to_status, e.round, coalesce(e.actor, 'bench'),
       coalesce(e.actor_name, 'Dữ liệu thử tải'), e.at, e.reason
from (
    select r.id as report_id, 'CREATE' as action, null as from_status, 'NOT_STARTED' as to_status, 0 as round,
           'Hệ thống' as actor, 'Hệ thống' as actor_name, pg_temp.instant(r.issued_on, 17) as at, null as reason
    from bench_report r
    union all
    select r.id, 'START', 'NOT_STARTED', 'DRAFT', 0, wr.username, wr.display_name,
           pg_temp.instant(r.started_on, 9), null
    from bench_report r left join bench_person wr on wr.agency_id = r.owner_agency_id and wr.kind = 'WRITER'
    where r.status <> 'NOT_STARTED'
    union all
    select r.id, 'REQUEST_APPROVAL', 'DRAFT', 'AWAITING_APPROVAL', 0, wr.username, wr.display_name,
           least(now() - interval '1 hour', pg_temp.instant(r.started_on + 2, 15)), null
    from bench_report r left join bench_person wr on wr.agency_id = r.owner_agency_id and wr.kind = 'WRITER'
    where r.status = 'AWAITING_APPROVAL'
    union all
    select s.report_id, 'REQUEST_APPROVAL', case when s.round = 1 then 'DRAFT' else 'RETURNED' end,
           'AWAITING_APPROVAL', s.round - 1, wr.username, wr.display_name, s.sent_at - interval '20 hours', null
    from bench_step s left join bench_person wr on wr.agency_id = s.owner_agency_id and wr.kind = 'WRITER'
    where s.reporter_kind = 'UNIT'
    union all
    select s.report_id, 'SUBMIT',
           case when s.reporter_kind = 'UNIT' then 'AWAITING_APPROVAL' when s.round = 1 then 'DRAFT' else 'RETURNED' end,
           'SUBMITTED', s.round, coalesce(ld.username, wr.username), coalesce(ld.display_name, wr.display_name),
           s.sent_at, null
    from bench_step s
    left join bench_person wr on wr.agency_id = s.owner_agency_id and wr.kind = 'WRITER'
    left join bench_leader ld on ld.unit_id = s.reporter_unit_id and s.reporter_kind = 'UNIT'
    union all
    select s.report_id, 'RETURN', 'SUBMITTED', 'RETURNED', s.round, rv.username, rv.display_name, s.reviewed_at,
           (array['Báo cáo chưa đủ số liệu theo yêu cầu.', 'Đề nghị bổ sung số liệu tách biệt theo giới tính.',
                  'Đề nghị làm rõ kết quả thực hiện các chỉ tiêu của Chiến lược.'])[1 + s.h % 3]
    from bench_step s left join bench_person rv on rv.agency_id = s.receiver_agency_id and rv.kind = 'REVIEWER'
    where s.returned
    union all
    select s.report_id, 'ACCEPT', 'SUBMITTED', 'ACCEPTED', s.round, rv.username, rv.display_name, s.reviewed_at, null
    from bench_step s left join bench_person rv on rv.agency_id = s.receiver_agency_id and rv.kind = 'REVIEWER'
    where s.accepted
) e
order by e.report_id, e.at;
insert into report_comment (report_id, round, part, text, author, author_name, at)
select s.report_id, s.round, 'results',
       'Nêu cụ thể số hoạt động, số người tham gia theo giới tính và kinh phí đã sử dụng của từng nhiệm vụ.',
       coalesce(rv.username, 'bench'), coalesce(rv.display_name, 'Dữ liệu thử tải'), s.reviewed_at
from bench_step s left join bench_person rv on rv.agency_id = s.receiver_agency_id and rv.kind = 'REVIEWER'
where s.returned;

\echo '== what was sent in each round (2025 on, the years the accounts work in), for comparing rounds'
create function pg_temp.money(n numeric) returns text language sql immutable as $$
    select replace(to_char(n, 'FM999,999,999,999,990'), ',', '.')
$$;
insert into report_round (report_id, round, submitted_at, submitted_by, snapshot)
select s.report_id, s.round, s.sent_at, coalesce(ld.display_name, wr.display_name, 'Dữ liệu thử tải'),
       jsonb_build_object('parts', coalesce(parts.entries, '[]'::jsonb) || coalesce(parts.targets, '[]'::jsonb)
           || jsonb_build_array(
               jsonb_build_object('key', 'results', 'label', 'Kết quả đạt được', 'text', coalesce(rp.results, '')
                   || case when s.round = r.round then '' else ' (số liệu đang tổng hợp)' end),
               jsonb_build_object('key', 'shortcomings', 'label', 'Tồn tại, hạn chế', 'text', coalesce(rp.shortcomings, '')),
               jsonb_build_object('key', 'causes', 'label', 'Nguyên nhân', 'text', coalesce(rp.causes, '')),
               jsonb_build_object('key', 'directions', 'label', 'Phương hướng, nhiệm vụ kỳ tới', 'text', coalesce(rp.directions, '')),
               jsonb_build_object('key', 'proposals', 'label', 'Đề xuất, kiến nghị', 'text', coalesce(rp.proposals, '')),
               jsonb_build_object('key', 'attachments', 'label', 'Tài liệu kèm theo', 'text', '')))
from bench_step s
join bench_report r on r.id = s.report_id
join report rp on rp.id = s.report_id
left join bench_person wr on wr.agency_id = s.owner_agency_id and wr.kind = 'WRITER'
left join bench_leader ld on ld.unit_id = s.reporter_unit_id and s.reporter_kind = 'UNIT'
cross join lateral (
    select (select jsonb_agg(jsonb_build_object('key', 'entry:' || e.section_id, 'label', e.task_path || ' ' || e.task_title,
                'text', 'Tình trạng: ' || case e.state when 'DONE' then 'Hoàn thành' when 'IN_PROGRESS' then 'Đang triển khai'
                    else 'Chưa triển khai' end || chr(10) || e.narrative
                    || case when e.activities is null then '' else chr(10) || 'Số hoạt động: ' || e.activities
                        || '; Người tham gia: nam ' || e.participants_male || ', nữ ' || e.participants_female
                        || '; Sản phẩm: ' || e.products || '; Kinh phí: ' || pg_temp.money(e.spent) || ' đồng' end)
                order by e.position)
            from report_entry e where e.report_id = s.report_id) as entries,
           (select jsonb_agg(jsonb_build_object('key', 'target:' || v.target_code, 'label', 'Chỉ tiêu ' || v.target_code,
                'text', 'Tử số ' || v.numerator::int || ' / mẫu số ' || v.denominator::int || '; Nguồn: ' || v.source)
                order by v.target_code)
            from report_target_value v where v.report_id = s.report_id) as targets) parts
where r.year >= 2025;

\echo '== notifications: sent reports to their reviewers, returns and acceptances to the writers, approvals to leaders'
-- Read a day after they came, except what still waits: reports waiting for review, returned or waiting for approval.
insert into notification (user_id, kind, message_key, args, link, created_at, read_at)
select n.user_id, n.kind, 'notification.report.' || lower(n.kind), array['report.title.' || r.kind || '|' || r.year, r.plan_ref],
       n.link, n.at, case when not n.waiting or n.at < now() - interval '60 days' then n.at + interval '20 hours' end
from (
    select e.report_id, ur.user_id, 'SUBMITTED' as kind, '/reviews/' || e.report_id as link, e.at,
           b.status = 'SUBMITTED' and e.round = b.round as waiting
    from report_event e join bench_report b on b.id = e.report_id
    join app_user u on u.agency_id = b.receiver_agency_id join app_user_role ur on ur.user_id = u.id and ur.role = 'REVIEWER'
    where e.action = 'SUBMIT'
    union all
    select e.report_id, u.id, case e.action when 'RETURN' then 'RETURNED' else 'ACCEPTED' end, '/reports/' || e.report_id,
           e.at, b.status = 'RETURNED' and e.round = b.round
    from report_event e join bench_report b on b.id = e.report_id
    join app_user u on u.agency_id = b.owner_agency_id
    where e.action in ('RETURN', 'ACCEPT')
      and exists (select 1 from app_user_role ur where ur.user_id = u.id and ur.role in ('DRAFTER', 'REPORTER'))
    union all
    select e.report_id, u.id, 'APPROVAL', '/reports/' || e.report_id, e.at,
           b.status = 'AWAITING_APPROVAL' and e.round = b.round
    from report_event e join bench_report b on b.id = e.report_id
    join agency a on a.unit_id = b.reporter_unit_id join app_user u on u.agency_id = a.id
    join app_user_role ur on ur.user_id = u.id and ur.role = 'LEADER'
    where e.action = 'REQUEST_APPROVAL'
) n (report_id, user_id, kind, link, at, waiting)
join bench_report r on r.id = n.report_id
order by n.at, n.user_id;

\echo '== statistics'
vacuum (analyze) report, report_entry, report_target_value, report_event, report_comment, report_round, notification;
analyze;
-- The indicator module keeps the target values of accepted unit reports (it hears of each acceptance); reports
-- seeded here were never accepted through the service, so their values are entered as the migration does.
insert into indicator_value (report_id, target_code, unit_id, year, report_kind, accepted_at, value, numerator,
                             denominator, value_male, value_female, source, note)
select v.report_id, v.target_code, r.reporter_unit_id, r.year, r.kind, r.accepted_at, v.value, v.numerator,
       v.denominator, v.value_male, v.value_female, v.source, v.note
from report_target_value v join report r on r.id = v.report_id
where r.status = 'ACCEPTED' and r.reporter_kind = 'UNIT' and r.accepted_at is not null
  and (v.value is not null or (v.numerator is not null and v.denominator is not null))
on conflict do nothing;
analyze indicator_value;

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
union all select 'plan_transition', count(*) from plan_transition
union all select 'report', count(*) from report
union all select 'report_entry', count(*) from report_entry
union all select 'report_target_value', count(*) from report_target_value
union all select 'report_event', count(*) from report_event
union all select 'report_comment', count(*) from report_comment
union all select 'report_round', count(*) from report_round
union all select 'notification', count(*) from notification
union all select 'indicator_value', count(*) from indicator_value;
select status, count(*) from plan group by status order by status;
select year, kind, status, count(*) from report group by year, kind, status order by year, kind, status;
