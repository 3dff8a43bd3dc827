package se.arshjul.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.plan.DocumentKind;
import se.arshjul.plan.PlanContent;
import se.arshjul.plan.PlanLimits;
import se.arshjul.plan.PlanValidator;
import se.arshjul.plan.ValidationResult;
import se.arshjul.system.ConflictException;
import se.arshjul.system.FieldProblem;
import se.arshjul.system.ForbiddenException;
import se.arshjul.system.InvalidInputException;
import se.arshjul.system.NotFoundException;

/**
 * Saves a draft's text as the unit writes it, keeps every save as a version, and says
 * what the validator finds. A save never loses text because of findings: they block
 * completing the draft, not saving it. A save based on an older version than the stored
 * one is refused (409).
 */
@Service
@Transactional
public class DraftService {

	static final int MAX_TITLE = 300;

	private final DocumentService documents;

	private final PlanDocumentRepository repository;

	private final DocumentVersionRepository versions;

	private final DocumentAccess access;

	private final ApplicationEventPublisher events;

	DraftService(DocumentService documents, PlanDocumentRepository repository, DocumentVersionRepository versions,
			DocumentAccess access, ApplicationEventPublisher events) {
		this.documents = documents;
		this.repository = repository;
		this.versions = versions;
		this.access = access;
		this.events = events;
	}

	public SaveResult save(UUID id, SaveContent command, String userId) {
		PlanDocument document = this.documents.readable(id, userId);
		if (!this.access.mayEdit(userId, document)) {
			throw new ForbiddenException("Bara enhetens handläggare och enhetschef kan ändra utkastet");
		}
		validate(command);
		if (command.version() != document.getVersion()) {
			throw stale(document, command.version());
		}
		document.saveDraft(command.title().strip(), command.content());
		this.repository.saveAndFlush(document);
		int version = this.documents.keepVersion(document, userId);
		this.documents.record(document, userId, "DRAFT_SAVED", "api", "Version " + version);
		this.events.publishEvent(new DraftSaved(id, document.getProcessInstanceId()));
		ValidationResult findings = check(document);
		return new SaveResult(this.documents.toView(document), findings.errors(), findings.warnings());
	}

	/**
	 * A refused save: who saved since, and what changed between the state the user read
	 * and now.
	 */
	private ConflictException stale(PlanDocument document, long readVersion) {
		DocumentVersion latest = this.versions.findFirstByDocumentIdOrderByVersionNumberDesc(document.getId())
			.orElse(null);
		PlanContent read = this.versions
			.findFirstByDocumentIdAndDocumentVersionLessThanEqualOrderByVersionNumberDesc(document.getId(), readVersion)
			.map(DocumentVersion::getContent)
			.orElse(null);
		List<VersionChange> changes = (read == null) ? List.of()
				: ContentDiff.between(read, document.getContent())
					.stream()
					.map((c) -> new VersionChange(c.path(), c.kind().name(), c.before(), c.after()))
					.toList();
		return new ConflictException(
				"Dokumentet har ändrats sedan du läste det"
						+ ((latest == null) ? ""
								: " (senast sparat av " + latest.getSavedBy() + " " + latest.getSavedAt() + ")")
						+ ". Läs in det igen; inget av det du skrev har sparats över det andra.",
				Map.of("currentVersion", document.getVersion(), "changes", changes));
	}

	/** What the validator finds in the document as it stands now. */
	@Transactional(readOnly = true)
	public ValidationResult check(UUID id) {
		return check(this.documents.load(id));
	}

	@Transactional(readOnly = true)
	public List<VersionInfo> versions(UUID id, String userId) {
		PlanDocument document = this.documents.readableWithDrafts(id, userId);
		return this.versions.findByDocumentIdOrderByVersionNumber(document.getId())
			.stream()
			.map((v) -> new VersionInfo(v.getVersionNumber(), v.getSavedAt(), v.getSavedBy(), v.getTitle(), null))
			.toList();
	}

	@Transactional(readOnly = true)
	public VersionInfo version(UUID id, int number, String userId) {
		PlanDocument document = this.documents.readableWithDrafts(id, userId);
		return this.versions.findByDocumentIdAndVersionNumber(document.getId(), number)
			.map((v) -> new VersionInfo(v.getVersionNumber(), v.getSavedAt(), v.getSavedBy(), v.getTitle(),
					v.getContent()))
			.orElseThrow(() -> new NotFoundException("Version " + number + " finns inte"));
	}

	/**
	 * What changed from one saved version to another: paths into the plan with the old
	 * and new values.
	 */
	@Transactional(readOnly = true)
	public List<VersionChange> diff(UUID id, int from, int to, String userId) {
		PlanContent before = version(id, from, userId).content();
		PlanContent after = version(id, to, userId).content();
		return ContentDiff.between(before, after)
			.stream()
			.map((c) -> new VersionChange(c.path(), c.kind().name(), c.before(), c.after()))
			.toList();
	}

	private static ValidationResult check(PlanDocument document) {
		return PlanValidator.validate(DocumentKind.valueOf(document.getType().name()), document.getContent());
	}

	private static void validate(SaveContent command) {
		List<FieldProblem> problems = new ArrayList<>();
		if (command.version() == null) {
			problems.add(new FieldProblem("version", "Version saknas: skicka med versionen du läste"));
		}
		if (command.title() == null || command.title().isBlank()) {
			problems.add(new FieldProblem("title", "Titel saknas"));
		}
		else if (command.title().length() > MAX_TITLE) {
			problems.add(new FieldProblem("title", "Titeln får vara högst " + MAX_TITLE + " tecken"));
		}
		if (command.content() == null) {
			problems.add(new FieldProblem("content", "Innehåll saknas"));
		}
		else {
			PlanLimits.check(command.content())
				.forEach((finding) -> problems.add(new FieldProblem("content." + finding.path(), finding.message())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
