-- Notifications hold their arguments as a structure, not as strings to parse when read: each argument is either
-- words as they are ({"text": "35/KH-UBND"}) or a message of its own ({"key": "report.title.ANNUAL", "args": [2025]}).
-- Rows written before held "report.title.ANNUAL|2025" (a key with a number) or "ReportKind.ANNUAL" (a key) among the
-- words of a text array; they are converted, everything else becomes words.
alter table notification add column arguments jsonb not null default '[]';

update notification n
set arguments = coalesce((
    select jsonb_agg(case
                         when m is null then jsonb_build_object('text', coalesce(a, ''))
                         when m[2] is null then jsonb_build_object('key', m[1], 'args', '[]'::jsonb)
                         else jsonb_build_object('key', m[1], 'args', jsonb_build_array(m[2]::bigint))
                     end order by ord)
    from unnest(n.args) with ordinality as u (a, ord)
    cross join lateral (select regexp_match(a, '^([a-zA-Z]+(?:\.[A-Za-z]+)*\.[A-Z_]+)(?:\|(\d{1,9}))?$')) r (m)
), '[]');

alter table notification drop column args;
