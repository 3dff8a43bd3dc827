-- Every save of a document's content is kept as a version: who, when, and the whole content.
create table document_version (
    id              uuid         primary key,
    document_id     uuid         not null references plan_document (id),
    version_number  integer      not null,
    saved_at        timestamp with time zone not null,
    saved_by        varchar(64)  not null,
    title           varchar(300) not null,
    content         text         not null,
    unique (document_id, version_number)
);
