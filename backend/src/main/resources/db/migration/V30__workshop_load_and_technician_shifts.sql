-- Workshop load belongs to the workshop context (R-APT-3, R-CHK-8); technicians are people with
-- weekly shifts and leave; appointment status can only hold the lifecycle's values.

-- The reservation rows are held by an appointment (booking) or by a repair order (a walk-in in the
-- shop), so they no longer reference the appointment table, and carry their store themselves.
alter table appointment_reservation rename to workshop_hold;
alter table workshop_hold drop constraint appointment_reservation_appointment_id_fkey;
alter table workshop_hold rename column appointment_id to holder_id;
alter table workshop_hold add column store_code varchar(16);
update workshop_hold h set store_code = a.store_code from appointment a where a.id = h.holder_id;
alter table workshop_hold alter column store_code set not null;
alter table workshop_hold rename constraint appointment_reservation_pkey to workshop_hold_pkey;

-- Technician capacity was counted once per skill; it is now one unit per person (technician:<id>).
-- The old per-skill rows cannot be mapped to a person, so they go; bookings from now take people.
delete from capacity_use where resource like 'skill:%';
delete from workshop_hold where resource like 'skill:%';

-- A technician works the given hours on the given weekdays (store-local time).
create table technician_shift (
    technician_id uuid not null references technician(id),
    day_of_week   int  not null check (day_of_week between 1 and 7),
    starts        time not null,
    ends          time not null,
    primary key (technician_id, day_of_week),
    check (starts < ends)
);
insert into technician_shift (technician_id, day_of_week, starts, ends)
select t.id, d, t.work_start, t.work_end from technician t cross join generate_series(1, 7) d;

-- Leave: whole days from .. to (inclusive), with a reason.
create table technician_absence (
    technician_id uuid         not null references technician(id),
    position      int          not null,
    from_date     date         not null,
    to_date       date         not null,
    reason        varchar(200) not null,
    primary key (technician_id, position),
    check (from_date <= to_date)
);

alter table appointment add constraint appointment_status_check
    check (status in ('REQUESTED', 'DEPOSIT_REQUIRED', 'CONFIRMED', 'ARRIVED', 'NO_SHOW', 'CANCELLED', 'RESCHEDULED'));

-- R-APT-2: a second booking of the same vehicle at an overlapping time needs an explicit, audited override.
alter table appointment add column double_booking_reason varchar(300);
