-- A consolidated report gathers, under each task and each part of its assessment, a line from every report below
-- it: a province's entries run to 14,000 characters each, 280 kB a report. Compressing them (pglz, the only method
-- this server has) was a quarter of the database's time per consolidation (12.4 ms, 9.4 ms without; bench/RESULTS.md),
-- and reading them back decompressed them on every page of the report. Long texts are now kept out of line as they are: more disk (the text as written), far
-- less work. Short texts (under 2 kB, most of them) were never compressed and are unchanged; values already stored
-- keep their form until rewritten.
alter table report_entry alter column narrative set storage external;
alter table report
    alter column results set storage external,
    alter column shortcomings set storage external,
    alter column causes set storage external,
    alter column directions set storage external,
    alter column proposals set storage external;
