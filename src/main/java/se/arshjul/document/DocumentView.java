package se.arshjul.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.arshjul.plan.PlanContent;

/** A document as the API shows it. */
public record DocumentView(UUID id, String dnr, String administrationId, String unitId, String unitName, int year,
		DocumentType type, String typeLabel, String title, DocumentStatus status, String statusLabel,
		PlanContent content, LocalDate aptDate, String lastComment, String overdueStep, String processInstanceId,
		Instant createdAt, Instant updatedAt, long version, Adoption adoption) {

	/** The sealed adopted version, if there is one. */
	public record Adoption(LocalDate meetingDate, String paragraph, String adoptedBy, Instant adoptedAt, String sha256,
			String contentSha256) {
	}

}
