-- R-PRE-3 / R-CHK-9: the customer may decline single lines of the estimate at signing. A declined
-- line stays on the order for the record (shown as declined, printed), out of the totals and of
-- what is signed; when the order is signed it becomes a DECLINED finding for the vehicle's next
-- visit, safety-critical when its part is on a critical system or the advisor said so.
alter table repair_order_line add column declined_at timestamptz;
alter table repair_order_line add column declined_safety_critical boolean not null default false;
-- A diagnosis or estimate fee stays payable (R-CHK-3): fee lines are never declined.
alter table repair_order_line add constraint repair_order_line_declined_kind_check check (declined_at is null or kind <> 'FEE');
alter table repair_order_line add constraint repair_order_line_declined_flag_check check (declined_at is not null or not declined_safety_critical);

-- One finding per declined line, however often the order is signed again or declined as a whole.
create unique index found_not_fixed_source_line_uq on found_not_fixed (source_line_id) where source_line_id is not null;
