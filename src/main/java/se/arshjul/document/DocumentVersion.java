package se.arshjul.document;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import se.arshjul.plan.PlanContent;

/** One saved state of a document's content: never changed once written. */
@Entity
@Immutable
@Table(name = "document_version")
class DocumentVersion {

	@Id
	private UUID id;

	private UUID documentId;

	private int versionNumber;

	private Instant savedAt;

	private String savedBy;

	private String title;

	private Long documentVersion;

	@Convert(converter = PlanContentConverter.class)
	private PlanContent content;

	protected DocumentVersion() {
	}

	DocumentVersion(UUID documentId, int versionNumber, String savedBy, String title, PlanContent content,
			Long documentVersion) {
		this.documentVersion = documentVersion;
		this.id = UUID.randomUUID();
		this.documentId = documentId;
		this.versionNumber = versionNumber;
		this.savedAt = Instant.now();
		this.savedBy = savedBy;
		this.title = title;
		this.content = content;
	}

	int getVersionNumber() {
		return this.versionNumber;
	}

	Instant getSavedAt() {
		return this.savedAt;
	}

	String getSavedBy() {
		return this.savedBy;
	}

	Long getDocumentVersion() {
		return this.documentVersion;
	}

	String getTitle() {
		return this.title;
	}

	PlanContent getContent() {
		return this.content;
	}

}
