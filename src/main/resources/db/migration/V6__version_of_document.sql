-- Which state of the document each saved version is (the document's optimistic-lock version after
-- the save), so that a stale save can be told what changed since the state it was based on.
alter table document_version add column document_version bigint;
