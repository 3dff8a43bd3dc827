-- The förvaltning's audit trail is read by time.
create index document_event_occurred on document_event (occurred_at);
