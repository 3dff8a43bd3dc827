-- The goal cascade a förvaltning sets centrally for a year (KF:s inriktningsmål, KF:s mål with their
-- indicators and KF:s årsmål, nämndmål with activities), as JSON: a unit's new VP starts from it.
create table goal_cascade (
    administration_id  varchar(64)  not null references administration (id),
    plan_year          integer      not null,
    content            text         not null,
    updated_at         timestamp with time zone not null,
    updated_by         varchar(64)  not null,
    primary key (administration_id, plan_year)
);
