package se.arshjul.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import se.arshjul.plan.Introduction;
import se.arshjul.plan.PlanContent;

/**
 * One unit's document of one year. It owns its state changes: each checks the current
 * state first, and nothing changes once the document is adopted.
 */
@Entity
// an update writes only what changed: a save of the draft leaves the overdue flag that an
// escalation set meanwhile as it was
@DynamicUpdate
@Table(name = "plan_document")
class PlanDocument {

	@Id
	private UUID id;

	private String administrationId;

	private String unitId;

	@Column(name = "plan_year")
	private int year;

	@Enumerated(EnumType.STRING)
	private DocumentType type;

	private String dnr;

	private String title;

	@Enumerated(EnumType.STRING)
	private DocumentStatus status;

	@Convert(converter = PlanContentConverter.class)
	private PlanContent content;

	private String handlerUserId;

	private String processInstanceId;

	private LocalDate aptDate;

	private String lastComment;

	/**
	 * Set by an escalation ({@link PlanDocumentRepository#markOverdue}), which is not an
	 * edit: it leaves the version alone.
	 */
	private String overdueStep;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected PlanDocument() {
	}

	PlanDocument(String administrationId, String unitId, int year, DocumentType type, String dnr, String title,
			String handlerUserId) {
		this.id = UUID.randomUUID();
		this.administrationId = administrationId;
		this.unitId = unitId;
		this.year = year;
		this.type = type;
		this.dnr = dnr;
		this.title = title;
		this.handlerUserId = handlerUserId;
		this.status = DocumentStatus.DRAFT;
		this.content = PlanContent.empty();
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** The lifecycle reached a new step; an overdue flag belongs to the step before. */
	void enterStep(DocumentStatus newStatus) {
		requireNotAdopted();
		this.status = newStatus;
		this.overdueStep = null;
		touch();
	}

	void saveDraft(String title, PlanContent content) {
		requireStatus(DocumentStatus.DRAFT);
		this.title = title;
		this.content = content;
		touch();
	}

	void recordAptDiscussion(LocalDate aptDate, String staffParticipation) {
		requireStatus(DocumentStatus.APT_DISCUSSION);
		this.aptDate = aptDate;
		Introduction introduction = this.content.introduction();
		this.content = this.content.withIntroduction(new Introduction(introduction.vision(), introduction.description(),
				introduction.qualityWork(), staffParticipation));
		touch();
	}

	void recordComment(String comment) {
		requireNotAdopted();
		this.lastComment = comment;
		touch();
	}

	/** An escalation may flag the document late until it is adopted. */
	void requireMayBeMarkedOverdue() {
		requireNotAdopted();
	}

	void adopt() {
		requireStatus(DocumentStatus.RENDERING);
		this.status = DocumentStatus.ADOPTED;
		this.overdueStep = null;
		touch();
	}

	/** The unit was closed: the document's open work ends, with the reason kept. */
	void cancel(String reason) {
		requireNotAdopted();
		this.status = DocumentStatus.CANCELLED;
		this.lastComment = reason;
		this.overdueStep = null;
		touch();
	}

	boolean isAdopted() {
		return this.status == DocumentStatus.ADOPTED;
	}

	private void requireStatus(DocumentStatus expected) {
		if (this.status != expected) {
			throw new IllegalDocumentStateException(
					"Dokumentet " + this.dnr + " har status " + this.status.label() + ", inte " + expected.label());
		}
	}

	private void requireNotAdopted() {
		if (isAdopted()) {
			throw new IllegalDocumentStateException("Dokumentet " + this.dnr + " är fastställt och kan inte ändras");
		}
	}

	private void touch() {
		this.updatedAt = Instant.now();
	}

	UUID getId() {
		return this.id;
	}

	String getAdministrationId() {
		return this.administrationId;
	}

	String getUnitId() {
		return this.unitId;
	}

	int getYear() {
		return this.year;
	}

	DocumentType getType() {
		return this.type;
	}

	String getDnr() {
		return this.dnr;
	}

	String getTitle() {
		return this.title;
	}

	DocumentStatus getStatus() {
		return this.status;
	}

	PlanContent getContent() {
		return this.content;
	}

	String getHandlerUserId() {
		return this.handlerUserId;
	}

	String getProcessInstanceId() {
		return this.processInstanceId;
	}

	LocalDate getAptDate() {
		return this.aptDate;
	}

	String getLastComment() {
		return this.lastComment;
	}

	String getOverdueStep() {
		return this.overdueStep;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
