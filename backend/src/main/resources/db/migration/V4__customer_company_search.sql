-- Fleet customers are looked up by their company (单位) as often as by the contact's name.
create index customer_company_prefix_idx on customer (store_code, company_name text_pattern_ops) where company_name is not null;
