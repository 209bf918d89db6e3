-- R-CHK-8: parts availability per part line and what moved the suggested promised delivery time.
alter table repair_order_line add column parts_available_at timestamptz;
alter table repair_order add column promised_delivery_reason text;
