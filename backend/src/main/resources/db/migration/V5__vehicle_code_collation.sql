-- Plates and VINs are codes, not words: byte order (collation "C") lets one plain b-tree index
-- serve both the prefix filter (LIKE 'X%') and the ORDER BY of a search page, so a page stops
-- after `limit` rows however broad the prefix. Replaces the pattern_ops indexes of V2.
drop index vehicle_vin_prefix_idx;
drop index vehicle_plate_prefix_idx;
drop index vehicle_plate_tail_prefix_idx;
alter table vehicle drop column plate_tail;
alter table vehicle alter column plate type varchar(10) collate "C";
alter table vehicle alter column vin type char(17) collate "C";
alter table vehicle add column plate_tail varchar(9) collate "C" generated always as (substr(plate, 2)) stored;
create index vehicle_plate_search_idx on vehicle (store_code, plate, id);
create index vehicle_vin_search_idx on vehicle (store_code, vin, id);
create index vehicle_plate_tail_search_idx on vehicle (store_code, plate_tail, id);
