-- Every reminder and escalation mail sent (or, without an SMTP server, logged), one row per
-- recipient. A retried job skips the recipients it has already mailed, so no one gets a mail twice.
create table sent_mail (
    process_instance_id varchar(64)  not null,
    step                varchar(64)  not null,
    kind                varchar(32)  not null,
    task_id             varchar(64)  not null,
    recipient           varchar(320) not null,
    subject             varchar(500) not null,
    delivery            varchar(8)   not null,
    sent_at             timestamp with time zone not null,
    primary key (process_instance_id, step, kind, task_id, recipient)
);
