-- Integrator scope (issue 7, point 12): the OIDC client that booked an appointment through the API
-- (the token's azp / client_id). An integrator may only reschedule or cancel what it booked itself;
-- null = booked by staff (phone, walk-up, web desk).
alter table appointment add column booked_by_client varchar(200);
create index appointment_booked_by_client_idx on appointment (store_code, booked_by_client) where booked_by_client is not null;
