package se.arshjul.document;

import java.time.Instant;

/** One recorded event of a document: who did what at which step, and when. */
public record DocumentHistoryEntry(Instant occurredAt, String actor, String kind, String step, String comment) {
}
