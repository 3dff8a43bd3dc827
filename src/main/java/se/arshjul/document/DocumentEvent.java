package se.arshjul.document;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Something that happened to a document: who, when, what. */
@Entity
@Immutable
@Table(name = "document_event")
class DocumentEvent {

	@Id
	private UUID id;

	private UUID documentId;

	private Instant occurredAt;

	private String actor;

	private String kind;

	private String step;

	private String comment;

	protected DocumentEvent() {
	}

	DocumentEvent(UUID documentId, String actor, String kind, String step, String comment) {
		this.id = UUID.randomUUID();
		this.documentId = documentId;
		this.occurredAt = Instant.now();
		this.actor = actor;
		this.kind = kind;
		this.step = step;
		this.comment = comment;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	String getActor() {
		return this.actor;
	}

	String getKind() {
		return this.kind;
	}

	String getStep() {
		return this.step;
	}

	String getComment() {
		return this.comment;
	}

}
