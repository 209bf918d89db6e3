-- Issue 10, R-DEL-3: fleet credit accounts, on-account payment and receivables. The receivable
-- context owns the receivable_* tables; settlement charges an account through its service.
-- Forward-only; nothing is deleted: payments and corrections are entries, an account is closed
-- by deactivating it.

-- A customer (fleet / company) or an insurer the store bills on account: the credit limit and the
-- payment terms the service manager set.
create table receivable_account (
    id                  uuid          primary key,
    store_code          varchar(16)   not null references store (code),
    kind                varchar(10)   not null check (kind in ('FLEET', 'INSURER')),
    customer_id         uuid          references customer (id),
    name                varchar(200)  not null,
    credit_limit        numeric(12, 2) not null check (credit_limit >= 0),
    payment_terms_days  int           not null check (payment_terms_days between 0 and 365),
    active              boolean       not null default true,
    created_by          varchar(100)  not null,
    created_at          timestamptz   not null,
    updated_by          varchar(100),
    updated_at          timestamptz   not null,
    version             bigint        not null default 0,
    check ((kind = 'FLEET') = (customer_id is not null))
);
create unique index receivable_account_one_per_customer on receivable_account (store_code, customer_id) where customer_id is not null;
create index receivable_account_store on receivable_account (store_code, name);

-- What an account owes for one document (a bill paid on account, an insurer's share), dated in
-- the store's zone, due after the account's terms.
create table receivable (
    id               uuid          primary key,
    store_code       varchar(16)   not null references store (code),
    account_id       uuid          not null references receivable_account (id),
    source           varchar(20)   not null check (source in ('ON_ACCOUNT', 'INSURER')),
    settlement_id    uuid,
    document_number  varchar(40)   not null,
    description      varchar(300),
    amount           numeric(12, 2) not null check (amount > 0),
    invoice_date     date          not null,
    due_date         date          not null check (due_date >= invoice_date),
    created_by       varchar(100)  not null,
    created_at       timestamptz   not null,
    version          bigint        not null default 0
);
create index receivable_account_date on receivable (account_id, invoice_date);
create index receivable_store_date on receivable (store_code, invoice_date);
create index receivable_settlement on receivable (settlement_id);

-- Payments against a receivable (one tender each; partial) and the service manager's corrections
-- (signed: negative lowers what is owed), each with who, when and why.
create table receivable_entry (
    id             uuid          primary key,
    seq            bigint        generated always as identity,
    receivable_id  uuid          not null references receivable (id),
    kind           varchar(12)   not null check (kind in ('PAYMENT', 'CORRECTION')),
    tender         varchar(20)   check (tender in ('CASH', 'CARD', 'MOBILE', 'BANK_TRANSFER')),
    amount         numeric(12, 2) not null check (amount <> 0),
    entry_date     date          not null,
    reference      varchar(100),
    reason         varchar(1000),
    recorded_by    varchar(100)  not null,
    recorded_at    timestamptz   not null,
    check (kind <> 'PAYMENT' or (amount > 0 and tender is not null)),
    check (kind <> 'CORRECTION' or reason is not null)
);
create index receivable_entry_receivable on receivable_entry (receivable_id, entry_date);

-- R-DEL-3: a bill may be paid on account (the receivable it created is named on the payment).
alter table settlement_payment drop constraint settlement_payment_tender_check;
alter table settlement_payment add constraint settlement_payment_tender_check
    check (tender in ('CASH', 'CARD', 'MOBILE', 'BANK_TRANSFER', 'DEPOSIT', 'ON_ACCOUNT'));
alter table settlement_payment add column receivable_id uuid;
