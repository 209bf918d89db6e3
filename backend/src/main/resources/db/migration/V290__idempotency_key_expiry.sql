-- Issue 12: Idempotency-Keys expire after 24 h; the cleanup job finds expired rows by age.
create index idempotency_record_created_idx on idempotency_record (created_at);
