-- The adopted version's content is sealed too: the SHA-256 of the content as stored.
alter table adopted_document add column content_sha256 varchar(64);
