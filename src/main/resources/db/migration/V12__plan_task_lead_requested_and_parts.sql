-- A task's lead may be requested ("Đề nghị …") rather than assigned: a body outside the issuer's authority, such as a
-- Party committee's board, which the roster may not know as such. Read from imported plans, kept when edited.
alter table plan_section add column lead_requested boolean not null default false;

-- Long plans group their mục under parts ("Phần thứ nhất", "PHẦN II"); imported plans keep them.
alter table plan_section drop constraint plan_section_style_known;
alter table plan_section add constraint plan_section_style_known
    check (style is null or style in ('ROMAN', 'ARABIC', 'LETTER', 'DECIMAL', 'BULLET', 'PART'));
