-- Notes the application wrote in Vietnamese into reports and plan histories become message keys with arguments
-- ("msg:<key>|<arg>…", see StoredMessage), so that each reader sees them in their own language. Notes people typed
-- do not match these exact texts and stay as written. The audit trail is append-only and keeps what it recorded.

update report set cancel_reason = case
    when cancel_reason = 'Kế hoạch đã bị thu hồi' then 'msg:report.cancelReason.planRevoked'
    when cancel_reason = 'Kế hoạch sửa đổi, bổ sung không còn yêu cầu báo cáo này'
        then 'msg:report.cancelReason.amendmentDropped'
    when cancel_reason = 'Đơn vị đã hợp nhất; báo cáo chung với đơn vị mới' then 'msg:report.cancelReason.unitsMerged'
    else regexp_replace(cancel_reason, '^Cơ quan báo cáo đã kết thúc hoạt động ngày (\d{2}/\d{2}/\d{4})$',
                        'msg:report.cancelReason.agencyEnded|\1')
    end
where cancel_reason is not null;

update report_event set reason = case
    when reason = 'Kế hoạch đã bị thu hồi' then 'msg:report.cancelReason.planRevoked'
    when reason = 'Kế hoạch sửa đổi, bổ sung không còn yêu cầu báo cáo này' then 'msg:report.cancelReason.amendmentDropped'
    when reason = 'Đơn vị đã hợp nhất; báo cáo chung với đơn vị mới' then 'msg:report.cancelReason.unitsMerged'
    when reason = 'Kế hoạch sửa đổi, bổ sung' then 'msg:report.history.amended'
    when reason = 'Chuyển cho cơ quan tiếp nhận nhiệm vụ sau sắp xếp' then 'msg:report.history.handedOver'
    else regexp_replace(regexp_replace(reason,
            '^Cơ quan báo cáo đã kết thúc hoạt động ngày (\d{2}/\d{2}/\d{4})$', 'msg:report.cancelReason.agencyEnded|\1'),
            '^Báo cáo theo Kế hoạch số ([^/|]+)/([^|]+)$', 'msg:report.history.answersPlan|\1|\2')
    end
where actor = 'Hệ thống' and reason is not null;

update report_event set actor = 'msg:report.history.system', actor_name = 'msg:report.history.system'
where actor = 'Hệ thống';

update plan_transition set reason = regexp_replace(regexp_replace(regexp_replace(reason,
        '^Triển khai Kế hoạch số ([^/|]+)/([^|]+)$', 'msg:plan.history.implements|\1|\2'),
        '^Sao từ kế hoạch năm (\d{4})$', 'msg:plan.history.copiedFrom|\1'),
        '^Kế hoạch sửa đổi, bổ sung số ([^/|]+)/([^|]+)$', 'msg:plan.history.supersededBy|\1|\2')
where action in ('IMPLEMENT', 'COPY_FORWARD', 'SUPERSEDE') and reason is not null;

update report set updated_by = 'msg:report.history.system' where updated_by = 'Hệ thống';

update report_event set reason = regexp_replace(reason, '^(\d+) báo cáo$', 'msg:report.history.consolidated|\1')
where action = 'CONSOLIDATE' and reason is not null;
