-- A förvaltning's yearly cycle (årshjul): one per förvaltning and plan year.
create table cycle (
    id                  varchar(100) primary key,
    administration_id   varchar(64)  not null references administration (id),
    plan_year           integer      not null,
    process_instance_id varchar(64)  not null,
    started_by          varchar(64)  not null,
    started_at          timestamp with time zone not null,
    constraint cycle_one_per_year unique (administration_id, plan_year)
);

create index plan_document_administration_year on plan_document (administration_id, plan_year);
