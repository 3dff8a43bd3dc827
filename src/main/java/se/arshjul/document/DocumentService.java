package se.arshjul.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cascade.CascadeService;
import se.arshjul.organisation.OrganisationService;
import se.arshjul.plan.DocumentKind;
import se.arshjul.plan.PlanContent;
import se.arshjul.organisation.OrganisationService.UnitInfo;
import se.arshjul.system.ConflictException;
import se.arshjul.system.FieldProblem;
import se.arshjul.system.ForbiddenException;
import se.arshjul.system.InvalidInputException;
import se.arshjul.system.NotFoundException;

/**
 * Creates documents, shows them to those who may see them, and records each step of their
 * lifecycle.
 */
@Service
@Transactional
public class DocumentService {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final PlanDocumentRepository documents;

	/** To read a document again after a bulk update of it. */
	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entityManager;

	private final AdoptedDocumentRepository adopted;

	private final DocumentEventRepository events;

	private final ApplicationEventPublisher publisher;

	private final DocumentVersionRepository versions;

	private final OrganisationService organisation;

	private final DocumentAccess access;

	private final DnrSequence dnrSequence;

	private final DocumentLifecycle lifecycle;

	private final CascadeService cascades;

	DocumentService(PlanDocumentRepository documents, AdoptedDocumentRepository adopted, DocumentEventRepository events,
			DocumentVersionRepository versions, OrganisationService organisation, DocumentAccess access,
			DnrSequence dnrSequence, DocumentLifecycle lifecycle, ApplicationEventPublisher publisher,
			CascadeService cascades) {
		this.cascades = cascades;
		this.versions = versions;
		this.publisher = publisher;
		this.documents = documents;
		this.adopted = adopted;
		this.events = events;
		this.organisation = organisation;
		this.access = access;
		this.dnrSequence = dnrSequence;
		this.lifecycle = lifecycle;
	}

	/** Creates a unit's document, registers it with a Dnr and starts its lifecycle. */
	public DocumentView create(CreateDocument command, String userId) {
		UnitInfo unit = validate(command);
		if (!this.access.mayCreate(userId, unit.id())) {
			throw new ForbiddenException("Du kan bara skapa dokument för din egen enhet");
		}
		DocumentType type = DocumentType.valueOf(command.type());
		if (this.documents.existsByUnitIdAndYearAndType(unit.id(), command.year(), type)) {
			throw new ConflictException(
					unit.name() + " har redan en " + type.label().toLowerCase(Locale.ROOT) + " för " + command.year());
		}
		PlanDocument document = register(unit, command.year(), type, userId);
		String dnr = document.getDnr();
		String title = document.getTitle();
		record(document, userId, "CREATED", null, null);
		document.attachProcess(this.lifecycle.start(new DocumentLifecycle.LifecycleStart(document.getId(), dnr,
				unit.administrationId(), unit.id(), unit.name(), type, command.year(), title)));
		this.documents.flush();
		return toView(document);
	}

	/**
	 * Registers the unit's document with a Dnr and its first content: a VP seeded from
	 * the year's goal cascade, a follow-up from the adopted VP.
	 */
	private PlanDocument register(UnitInfo unit, int year, DocumentType type, String userId) {
		PlanContent followUp = (type == DocumentType.VP) ? null : followUpOfAdoptedPlan(unit, year, type);
		String dnr = this.dnrSequence.next(unit.administrationId());
		String title = type.title(year, unit.name());
		PlanDocument document = this.documents
			.save(new PlanDocument(unit.administrationId(), unit.id(), year, type, dnr, title, userId));
		if (type == DocumentType.VP) {
			// A new VP starts with the förvaltning's centrally set levels for the year,
			// if it has them.
			this.cascades.forYear(unit.administrationId(), year)
				.ifPresent((cascade) -> document.saveDraft(title, CascadeService.seedPlan(cascade)));
		}
		else {
			// T1, T2 and VB follow up the adopted VP: its goals, indicators and
			// activities, outcomes empty
			document.saveDraft(title, followUp);
		}
		return document;
	}

	/**
	 * For the yearly cycle: the unit's document of the year and type, registered unless
	 * it exists. The cycle runs a new document's lifecycle itself (as a call activity),
	 * so none is started here. {@code actor} is who started the cycle: the document's
	 * first handler.
	 */
	public CycleDocument documentForCycle(String unitId, int year, DocumentType type, String actor) {
		UnitInfo unit = this.organisation.findUnit(unitId)
			.orElseThrow(() -> new NotFoundException("Enheten " + unitId + " finns inte"));
		PlanDocument existing = this.documents.findByUnitIdAndYearAndType(unitId, year, type).orElse(null);
		if (existing != null) {
			return new CycleDocument(existing.getId(), existing.getDnr(), existing.getTitle(), unit.name(), false,
					existing.getStatus());
		}
		PlanDocument document = register(unit, year, type, actor);
		record(document, actor, "CREATED", null, "Skapat av årshjulet");
		this.documents.flush();
		return new CycleDocument(document.getId(), document.getDnr(), document.getTitle(), unit.name(), true,
				document.getStatus());
	}

	/** A unit's document as the cycle sees it; {@code created} when the cycle made it. */
	public record CycleDocument(UUID id, String dnr, String title, String unitName, boolean created,
			DocumentStatus status) {
	}

	/** For the lifecycle: the process instance that runs the document. */
	public void attachProcess(UUID id, String processInstanceId) {
		load(id).attachProcess(processInstanceId);
	}

	/**
	 * The unit was closed: each of its documents of the year that is not adopted is
	 * cancelled with the reason, which its history keeps.
	 * @return the Dnr of each document cancelled
	 */
	public List<String> cancelOpenDocuments(String unitId, int year, String reason) {
		List<String> cancelled = new ArrayList<>();
		for (PlanDocument document : this.documents.findByUnitIdAndYear(unitId, year)) {
			if (!document.isAdopted() && document.getStatus() != DocumentStatus.CANCELLED) {
				document.cancel(reason);
				record(document, null, "CANCELLED", null, reason);
				cancelled.add(document.getDnr());
			}
		}
		return cancelled;
	}

	/** Every document of a förvaltning's plan year, for the cycle's status. */
	@Transactional(readOnly = true)
	public List<DocumentSummary> documentsOf(String administrationId, int year) {
		return this.documents.findByAdministrationIdAndYear(administrationId, year)
			.stream()
			.map((d) -> new DocumentSummary(d.getId(), d.getDnr(), d.getUnitId(), d.getType(), d.getStatus(),
					d.getProcessInstanceId()))
			.toList();
	}

	/** A document in a cycle's status. */
	public record DocumentSummary(UUID id, String dnr, String unitId, DocumentType type, DocumentStatus status,
			String processInstanceId) {
	}

	/**
	 * Creates a unit's document from an imported plan: the imported content is its first
	 * version, and the lifecycle starts as for any new document.
	 */
	public DocumentView createImported(CreateDocument command, PlanContent content, String userId) {
		DocumentView created = create(command, userId);
		PlanDocument document = load(created.id());
		document.saveDraft(document.getTitle(), content);
		this.documents.flush();
		int version = keepVersion(document, userId);
		record(document, userId, "IMPORTED", null, "Version " + version);
		this.publisher.publishEvent(new DraftSaved(document.getId(), document.getProcessInstanceId()));
		return toView(document);
	}

	private PlanContent followUpOfAdoptedPlan(UnitInfo unit, int year, DocumentType type) {
		return this.documents.findByUnitIdAndYearAndType(unit.id(), year, DocumentType.VP)
			.filter(PlanDocument::isAdopted)
			.map((plan) -> plan.getContent().toFollowUp(DocumentKind.valueOf(type.name())))
			.orElseThrow(() -> new InvalidInputException(List
				.of(new FieldProblem("type", type.label() + " följer upp den fastställda verksamhetsplanen, men "
						+ unit.name() + " har ingen fastställd verksamhetsplan för " + year))));
	}

	private UnitInfo validate(CreateDocument command) {
		List<FieldProblem> problems = new ArrayList<>();
		UnitInfo unit = null;
		if (command.unitId() == null || command.unitId().isBlank()) {
			problems.add(new FieldProblem("unitId", "Enhet saknas"));
		}
		else {
			unit = this.organisation.findUnit(command.unitId()).filter(UnitInfo::active).orElse(null);
			if (unit == null) {
				problems.add(new FieldProblem("unitId", "Enheten finns inte eller är avslutad"));
			}
		}
		if (command.year() == null) {
			problems.add(new FieldProblem("year", "År saknas"));
		}
		else if (command.year() < FIRST_YEAR || command.year() > LAST_YEAR) {
			problems.add(new FieldProblem("year", "Året måste ligga mellan " + FIRST_YEAR + " och " + LAST_YEAR));
		}
		if (command.type() == null || command.type().isBlank()) {
			problems.add(new FieldProblem("type", "Dokumenttyp saknas"));
		}
		else if (Arrays.stream(DocumentType.values()).noneMatch((t) -> t.name().equals(command.type()))) {
			problems.add(new FieldProblem("type", "Dokumenttypen måste vara VP, T1, T2 eller VB"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return unit;
	}

	@Transactional(readOnly = true)
	public DocumentView get(UUID id, String userId) {
		return toView(readable(id, userId));
	}

	@Transactional(readOnly = true)
	public AdoptedPdf adoptedPdf(UUID id, String userId) {
		PlanDocument document = readable(id, userId);
		AdoptedDocument sealed = this.adopted.findById(document.getId())
			.orElseThrow(() -> new NotFoundException("Dokumentet " + document.getDnr() + " är inte fastställt än"));
		return new AdoptedPdf(sealed.getDnr(), sealed.getPdf(), sealed.getSha256());
	}

	/** What happened to the document, oldest first. */
	@Transactional(readOnly = true)
	public List<DocumentHistoryEntry> history(UUID id, String userId) {
		PlanDocument document = readableWithDrafts(id, userId);
		return this.events.findByDocumentIdOrderByOccurredAt(document.getId())
			.stream()
			.map((e) -> new DocumentHistoryEntry(e.getOccurredAt(), e.getActor(), e.getKind(), e.getStep(),
					e.getComment()))
			.toList();
	}

	PlanDocument readable(UUID id, String userId) {
		return this.documents.findById(id)
			.filter((d) -> this.access.mayRead(userId, d))
			.orElseThrow(() -> new NotFoundException("Dokumentet finns inte"));
	}

	/**
	 * The document for one who may read its drafts: its versions and history stay with
	 * them after adoption too.
	 */
	PlanDocument readableWithDrafts(UUID id, String userId) {
		return this.documents.findById(id)
			.filter((d) -> this.access.mayReadDrafts(userId, d))
			.orElseThrow(() -> new NotFoundException("Dokumentet finns inte"));
	}

	// --- steps of the lifecycle, called by the process ---

	/** For the lifecycle itself: the document without an access check. */
	@Transactional(readOnly = true)
	public DocumentView find(UUID id) {
		return toView(load(id));
	}

	public void enterStep(UUID id, DocumentStatus status) {
		load(id).enterStep(status);
	}

	public void saveDraft(UUID id, String title, PlanContent content, String actor) {
		PlanDocument document = load(id);
		document.saveDraft(title, content);
		int version = keepVersion(document, actor);
		record(document, actor, "DRAFT_SAVED", "Task_Draft", "Version " + version);
	}

	/** Keeps the document's current title and content as its next version. */
	int keepVersion(PlanDocument document, String actor) {
		int next = this.versions.findFirstByDocumentIdOrderByVersionNumberDesc(document.getId())
			.map((v) -> v.getVersionNumber() + 1)
			.orElse(1);
		this.documents.flush();
		this.versions.save(new DocumentVersion(document.getId(), next, actor == null ? "system" : actor,
				document.getTitle(), document.getContent(), document.getVersion()));
		return next;
	}

	public void recordAptDiscussion(UUID id, LocalDate aptDate, String notes, String actor) {
		PlanDocument document = load(id);
		String participation = "Planen har diskuterats med medarbetarna på arbetsplatsträffen " + aptDate + "."
				+ ((notes == null || notes.isBlank()) ? "" : " " + notes.strip());
		document.recordAptDiscussion(aptDate, participation);
		record(document, actor, "APT_RECORDED", "Task_AptDiscussion", notes);
	}

	/**
	 * A decision at a step; a return or referral keeps its comment for the handläggare.
	 */
	public void recordDecision(UUID id, String step, String decision, String comment, boolean sendsBack, String actor) {
		PlanDocument document = load(id);
		if (sendsBack) {
			document.recordComment(comment);
		}
		record(document, actor, "DECISION_" + decision, step, comment);
	}

	public void recordReminder(UUID id, String step) {
		record(load(id), null, "REMINDER", step, null);
	}

	public void markOverdue(UUID id, String step) {
		PlanDocument document = load(id);
		document.requireMayBeMarkedOverdue();
		int flagged = this.documents.markOverdue(id, step, DocumentStatus.ADOPTED);
		this.entityManager.refresh(document);
		if (flagged == 0) {
			// adopted since it was read
			document.requireMayBeMarkedOverdue();
		}
		record(document, null, "ESCALATED", step, null);
	}

	PlanDocument load(UUID id) {
		return this.documents.findById(id).orElseThrow(() -> new NotFoundException("Dokumentet finns inte"));
	}

	void record(PlanDocument document, String actor, String kind, String step, String comment) {
		this.events.save(new DocumentEvent(document.getId(), actor, kind, step, comment));
	}

	DocumentView toView(PlanDocument d) {
		String unitName = this.organisation.findUnit(d.getUnitId()).map(UnitInfo::name).orElse(d.getUnitId());
		DocumentView.Adoption adoption = this.adopted.findById(d.getId())
			.map((a) -> new DocumentView.Adoption(a.getMeetingDate(), a.getParagraph(), a.getAdoptedBy(),
					a.getAdoptedAt(), a.getSha256(), a.getContentSha256()))
			.orElse(null);
		return new DocumentView(d.getId(), d.getDnr(), d.getAdministrationId(), d.getUnitId(), unitName, d.getYear(),
				d.getType(), d.getType().label(), d.getTitle(), d.getStatus(), d.getStatus().label(), d.getContent(),
				d.getAptDate(), d.getLastComment(), d.getOverdueStep(), d.getProcessInstanceId(), d.getCreatedAt(),
				d.getUpdatedAt(), d.getVersion(), adoption);
	}

}
