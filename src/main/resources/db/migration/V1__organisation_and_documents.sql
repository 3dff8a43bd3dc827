-- Årshjul's own tables. Camunda creates and migrates its ACT_* tables itself.

create table administration (
    id              varchar(64)  primary key,
    name            varchar(200) not null,
    board_name      varchar(200) not null,
    dnr_prefix      varchar(32)
);

create table unit (
    id                varchar(64)  primary key,
    administration_id varchar(64)  not null references administration (id),
    name              varchar(200) not null,
    active            boolean      not null default true
);

create table app_user (
    id          varchar(64)  primary key,
    first_name  varchar(100) not null,
    last_name   varchar(100) not null,
    email       varchar(200),
    phone       varchar(50)
);

-- A role held by a user in a unit (handläggare, enhetschef) or a förvaltning (förvaltning, nämndsekreterare, admin)
create table role_assignment (
    user_id   varchar(64) not null references app_user (id),
    role      varchar(32) not null,
    scope_id  varchar(64) not null,
    primary key (user_id, role, scope_id)
);

create table dnr_sequence (
    administration_id varchar(64) not null references administration (id),
    registration_year integer     not null,
    last_number       integer     not null,
    primary key (administration_id, registration_year)
);

create table plan_document (
    id                  uuid         primary key,
    administration_id   varchar(64)  not null references administration (id),
    unit_id             varchar(64)  not null references unit (id),
    plan_year           integer      not null,
    type                varchar(8)   not null,
    dnr                 varchar(64)  not null unique,
    title               varchar(300) not null,
    status              varchar(32)  not null,
    content             text         not null,
    handler_user_id     varchar(64)  not null,
    process_instance_id varchar(64),
    apt_date            date,
    last_comment        text,
    overdue_step        varchar(64),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint       not null
);

create index plan_document_unit_year on plan_document (unit_id, plan_year);

-- The adopted tjänsteutlåtande: written once, never updated.
create table adopted_document (
    document_id   uuid         primary key references plan_document (id),
    dnr           varchar(64)  not null,
    pdf           bytea        not null,
    sha256        varchar(64)  not null,
    meeting_date  date         not null,
    paragraph     varchar(32)  not null,
    adopted_by    varchar(64)  not null,
    adopted_at    timestamp with time zone not null
);

-- What happened to a document, who did it and when.
create table document_event (
    id           uuid         primary key,
    document_id  uuid         not null references plan_document (id),
    occurred_at  timestamp with time zone not null,
    actor        varchar(64),
    kind         varchar(32)  not null,
    step         varchar(64),
    comment      text
);

create index document_event_document on document_event (document_id, occurred_at);
