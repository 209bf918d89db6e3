-- R-ARC-4: a visit is on the service card once the car came in. A draft prepared for an appointment
-- (R-PRE-1) is not a visit until the customer is received (check-in from the appointment, or the
-- walk-around of the draft started); walk-ins came in when their order was opened.
alter table repair_order add column arrived_at timestamptz;
update repair_order set arrived_at = created_at where appointment_id is null or status <> 'DRAFT';
update repair_order r set arrived_at = a.updated_at from appointment a
 where r.arrived_at is null and a.id = r.appointment_id and a.status = 'ARRIVED';
