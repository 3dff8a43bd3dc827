package se.arshjul.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentView;
import se.arshjul.plan.DocumentKind;
import se.arshjul.plan.Introduction;
import se.arshjul.plan.PlanContent;
import se.arshjul.plan.PlanValidator;
import se.arshjul.plan.ValidationResult;
import se.arshjul.system.FieldProblem;

/**
 * Shows the saved draft on {@code Task_Draft} when it opens (with the comment of a
 * return), and moves what was submitted into the document when it completes. The text
 * lives in the document, not in the process: the variables exist only while the draft
 * task is open.
 */
@Component("draftTaskListener")
class DraftTaskListener implements TaskListener {

	static final List<String> DRAFT_FIELDS = List.of(Lifecycle.TITLE, Lifecycle.VISION, Lifecycle.DESCRIPTION,
			Lifecycle.QUALITY_WORK, Lifecycle.OTHER_MATTERS);

	private final DocumentService documents;

	DraftTaskListener(DocumentService documents) {
		this.documents = documents;
	}

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			showDraft(task);
		}
	}

	private void showDraft(DelegateTask task) {
		DocumentView document = ProcessFacts.document(task, task.getProcessInstanceId(), this.documents);
		Map<String, Object> fields = formFields(document);
		fields.put(Lifecycle.RETURN_COMMENT, nullToEmpty(document.lastComment()));
		task.getExecution().setVariables(fields);
	}

	/** The draft form's fields as the document holds them now. */
	static Map<String, Object> formFields(DocumentView document) {
		Introduction introduction = document.content().introduction();
		Map<String, Object> fields = new HashMap<>();
		fields.put(Lifecycle.TITLE, document.title());
		fields.put(Lifecycle.DOCUMENT_TITLE, document.title());
		fields.put(Lifecycle.VISION, nullToEmpty(introduction.vision()));
		fields.put(Lifecycle.DESCRIPTION, nullToEmpty(introduction.description()));
		fields.put(Lifecycle.QUALITY_WORK, nullToEmpty(introduction.qualityWork()));
		fields.put(Lifecycle.OTHER_MATTERS, nullToEmpty(document.content().otherMatters()));
		return fields;
	}

	/**
	 * Called by {@link TaskCompletionListener} once the submitted draft passed the rules.
	 */
	void saveDraft(DelegateTask task, String actor) {
		DocumentView document = ProcessFacts.document(task, task.getProcessInstanceId(), this.documents);
		String title = text(task, Lifecycle.TITLE).strip();
		this.documents.saveDraft(document.id(), title, submitted(task, document), actor);
		task.getExecution().removeVariables(DRAFT_FIELDS);
		task.getExecution().setVariable(Lifecycle.DOCUMENT_TITLE, title);
		task.getExecution().setVariable(Lifecycle.DRAFTED_BY, actor);
	}

	/**
	 * The blocking findings of the plan's validator on the plan as it would be saved: the
	 * stored content with the form's text. Completing the draft is refused while there
	 * are any.
	 */
	List<FieldProblem> planErrors(DelegateTask task) {
		DocumentView document = ProcessFacts.document(task, task.getProcessInstanceId(), this.documents);
		ValidationResult result = PlanValidator.validate(DocumentKind.valueOf(document.type().name()),
				submitted(task, document));
		return result.errors().stream().map((f) -> new FieldProblem(f.path(), f.message())).toList();
	}

	private static PlanContent submitted(DelegateTask task, DocumentView document) {
		Introduction before = document.content().introduction();
		return document.content()
			.withIntroduction(new Introduction(text(task, Lifecycle.VISION), text(task, Lifecycle.DESCRIPTION),
					text(task, Lifecycle.QUALITY_WORK), before.staffParticipation()))
			.withOtherMatters(text(task, Lifecycle.OTHER_MATTERS));
	}

	private static String text(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return value == null ? null : value.toString();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
