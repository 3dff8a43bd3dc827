package se.arshjul.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The sealed, adopted tjänsteutlåtande: written once, never changed. */
@Entity
@Immutable
@Table(name = "adopted_document")
class AdoptedDocument {

	@Id
	private UUID documentId;

	private String dnr;

	private byte[] pdf;

	private String sha256;

	private String contentSha256;

	private LocalDate meetingDate;

	private String paragraph;

	private String adoptedBy;

	private Instant adoptedAt;

	protected AdoptedDocument() {
	}

	AdoptedDocument(UUID documentId, String dnr, byte[] pdf, String sha256, String contentSha256, LocalDate meetingDate,
			String paragraph, String adoptedBy) {
		this.contentSha256 = contentSha256;
		this.documentId = documentId;
		this.dnr = dnr;
		this.pdf = pdf.clone();
		this.sha256 = sha256;
		this.meetingDate = meetingDate;
		this.paragraph = paragraph;
		this.adoptedBy = adoptedBy;
		this.adoptedAt = Instant.now();
	}

	UUID getDocumentId() {
		return this.documentId;
	}

	String getDnr() {
		return this.dnr;
	}

	byte[] getPdf() {
		return this.pdf.clone();
	}

	String getSha256() {
		return this.sha256;
	}

	String getContentSha256() {
		return this.contentSha256;
	}

	LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	String getParagraph() {
		return this.paragraph;
	}

	String getAdoptedBy() {
		return this.adoptedBy;
	}

	Instant getAdoptedAt() {
		return this.adoptedAt;
	}

}
