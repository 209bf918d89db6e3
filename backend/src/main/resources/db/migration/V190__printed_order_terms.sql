-- Issue 14: what the printed repair order (进厂维修单) carries besides the order itself.
-- The store's address and phone, its own terms text, and the quality-warranty terms; the
-- warranty default is the legal minimum of the 机动车维修管理规定 (art. 38), which a store may extend.
alter table store
    add column address varchar(300),
    add column phone varchar(40),
    add column order_terms text,
    add column warranty_terms text not null default '机动车维修质量保证期自竣工出厂之日起计算：整车修理或总成修理为车辆行驶20000公里或100日；二级维护为车辆行驶5000公里或30日；一级维护、小修及专项修理为车辆行驶2000公里或10日（以先到者为准）。质量保证期内因维修质量原因造成车辆无法正常使用的，本店无偿返修。';

-- R-REP-5: what the customer said at signing about the old parts (旧件处理): take them home, or leave
-- them with the workshop. Null for orders signed before the question was asked.
alter table repair_order add column old_parts_choice varchar(30);
