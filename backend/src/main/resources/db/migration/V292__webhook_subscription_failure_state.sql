-- Issue 12: a subscription says in the API why and since when it is paused, and how its receiver is
-- doing: when it was paused and by whom (its owner, the service manager, or the dispatcher because it
-- kept failing), and since when and how many attempts in a row have failed (reset by the next success).
alter table webhook_subscription add column paused_at timestamptz;
alter table webhook_subscription add column paused_by varchar(200);
alter table webhook_subscription add column paused_for_failing boolean not null default false;
alter table webhook_subscription add column failing_since timestamptz;
alter table webhook_subscription add column consecutive_failures int not null default 0;

-- Paused ones already there: when is their last change; who is in the reason the service wrote (V140).
update webhook_subscription set paused_at = updated_at,
       paused_for_failing = paused_reason like 'kept failing%',
       paused_by = case when paused_reason like 'kept failing%' then 'system:webhooks'
                        when paused_reason like 'paused by %' then substring(paused_reason from 11) end
 where status = 'PAUSED';

-- What the API shows of a subscription grew: the feed numbers a row again when any of it changes (V291).
select change_feed_watch('webhook_subscription', array['url', 'description', 'event_types', 'status', 'paused_reason', 'updated_at',
    'paused_at', 'paused_by', 'paused_for_failing', 'failing_since', 'consecutive_failures']);
