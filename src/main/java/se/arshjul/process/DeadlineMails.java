package se.arshjul.process;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import se.arshjul.calendar.WorkingDays;
import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentView;
import se.arshjul.notification.MailKey;
import se.arshjul.notification.Mailer;
import se.arshjul.notification.OutgoingMail;
import se.arshjul.organisation.OrganisationService;
import se.arshjul.organisation.OrganisationService.PersonInfo;
import se.arshjul.organisation.Role;

/**
 * The reminder and escalation mails of a step's deadline, in Swedish, with a link to the
 * task in Tasklist. A reminder goes to the task's assignee, or to every member of its
 * candidate groups; an escalation to the unit's enhetschef and the förvaltning's staff.
 * Each recipient gets each mail once (see {@link Mailer}).
 */
@Component
class DeadlineMails {

	static final String REMINDER = "reminder";

	static final String ESCALATION = "escalation";

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter
		.ofPattern("EEEE 'den' d MMMM yyyy 'kl.' HH:mm", SWEDISH);

	private final TaskService taskService;

	private final IdentityService identityService;

	private final OrganisationService organisation;

	private final DocumentService documents;

	private final Mailer mailer;

	private final String baseUrl;

	DeadlineMails(TaskService taskService, IdentityService identityService, OrganisationService organisation,
			DocumentService documents, Mailer mailer, @Value("${arshjul.base-url}") String baseUrl) {
		this.taskService = taskService;
		this.identityService = identityService;
		this.organisation = organisation;
		this.documents = documents;
		this.mailer = mailer;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Reminds whoever has the step's open tasks. */
	List<OutgoingMail> remind(String processInstanceId, String step, UUID documentId) {
		DocumentView document = this.documents.find(documentId);
		List<OutgoingMail> sent = new ArrayList<>();
		for (Task task : openTasks(processInstanceId, step)) {
			String subject = "Påminnelse: " + task.getName() + " – " + document.title()
					+ dueClause(task, " ska vara klar ");
			String body = "Hej!\n\n" + "Det här är en påminnelse om steget \"" + task.getName() + "\" för "
					+ describe(document) + ".\n" + dueSentence(task, "Steget ska vara klart senast ") + "\n"
					+ "Öppna uppgiften i Tasklist:\n" + taskLink(task) + "\n\n" + signature();
			List<OutgoingMail> mails = recipientsOf(task).stream()
				.map((to) -> new OutgoingMail(to, subject, body))
				.toList();
			sent.addAll(this.mailer.sendOnce(new MailKey(processInstanceId, step, REMINDER, task.getId()), mails));
		}
		return sent;
	}

	/** Tells the unit's enhetschef and the förvaltning that the step is late. */
	List<OutgoingMail> escalate(String processInstanceId, String step, UUID documentId) {
		DocumentView document = this.documents.find(documentId);
		Set<String> recipients = new LinkedHashSet<>();
		recipients.addAll(emailsOf(Role.ENHETSCHEF.groupId(document.unitId())));
		recipients.addAll(emailsOf(Role.FORVALTNING.groupId(document.administrationId())));
		List<OutgoingMail> sent = new ArrayList<>();
		for (Task task : openTasks(processInstanceId, step)) {
			String subject = "Försenat: " + task.getName() + " – " + document.title()
					+ dueClause(task, " skulle ha varit klar ");
			String body = "Hej!\n\n" + "Steget \"" + task.getName() + "\" för " + describe(document) + " är försenat.\n"
					+ "Det skulle ha varit klart " + dueText(task) + " och är försenat sedan dess.\n"
					+ "Uppgiften ligger hos " + holder(task) + ".\n\n"
					+ "Uppgiften har fått hög prioritet och du kan läsa den i Tasklist:\n" + taskLink(task) + "\n\n"
					+ "Du får det här meddelandet som enhetschef för " + document.unitName()
					+ " eller som förvaltningens stab.\n\n" + signature();
			List<OutgoingMail> mails = recipients.stream().map((to) -> new OutgoingMail(to, subject, body)).toList();
			sent.addAll(this.mailer.sendOnce(new MailKey(processInstanceId, step, ESCALATION, task.getId()), mails));
		}
		return sent;
	}

	String taskLink(Task task) {
		return this.baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId();
	}

	private List<Task> openTasks(String processInstanceId, String step) {
		return this.taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step).list();
	}

	private Set<String> recipientsOf(Task task) {
		if (StringUtils.hasText(task.getAssignee())) {
			return emailOfUser(task.getAssignee());
		}
		Set<String> emails = new LinkedHashSet<>();
		for (String group : candidateGroups(task)) {
			emails.addAll(emailsOf(group));
		}
		return emails;
	}

	private List<String> candidateGroups(Task task) {
		return this.taskService.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

	/**
	 * The members of a group with an e-mail address: the organisation's people holding
	 * the role, or else the Camunda group's members.
	 */
	private Set<String> emailsOf(String groupId) {
		Set<String> emails = new LinkedHashSet<>();
		for (PersonInfo person : this.organisation.allPeople()) {
			if (StringUtils.hasText(person.email())
					&& person.roles().stream().anyMatch((role) -> role.groupId().equals(groupId))) {
				emails.add(person.email());
			}
		}
		if (emails.isEmpty()) {
			for (User user : this.identityService.createUserQuery().memberOfGroup(groupId).list()) {
				if (StringUtils.hasText(user.getEmail())) {
					emails.add(user.getEmail());
				}
			}
		}
		return emails;
	}

	private Set<String> emailOfUser(String userId) {
		Set<String> emails = new LinkedHashSet<>();
		this.organisation.findPerson(userId)
			.map(PersonInfo::email)
			.filter(StringUtils::hasText)
			.ifPresentOrElse(emails::add, () -> {
				User user = this.identityService.createUserQuery().userId(userId).singleResult();
				if (user != null && StringUtils.hasText(user.getEmail())) {
					emails.add(user.getEmail());
				}
			});
		return emails;
	}

	private String holder(Task task) {
		if (StringUtils.hasText(task.getAssignee())) {
			return this.organisation.findPerson(task.getAssignee())
				.map((p) -> p.fullName() + " (" + p.id() + ")")
				.orElse(task.getAssignee());
		}
		List<String> groups = candidateGroups(task);
		if (groups.isEmpty()) {
			return "ingen";
		}
		List<String> names = new ArrayList<>();
		for (PersonInfo person : this.organisation.allPeople()) {
			if (person.roles().stream().anyMatch((role) -> groups.contains(role.groupId()))) {
				names.add(person.fullName());
			}
		}
		return "gruppen " + String.join(", ", groups) + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")")
				+ "; ingen har tagit uppgiften ännu";
	}

	private static String describe(DocumentView document) {
		return document.title() + " (Dnr " + document.dnr() + ", " + document.unitName() + ")";
	}

	private static String dueClause(Task task, String words) {
		ZonedDateTime due = due(task);
		return (due != null) ? words + DAY.format(due) : "";
	}

	private static String dueSentence(Task task, String words) {
		return (due(task) != null) ? words + dueText(task) + ".\n" : "";
	}

	private static String dueText(Task task) {
		ZonedDateTime due = due(task);
		return (due != null) ? DAY_AND_TIME.format(due) : "förfallodagen";
	}

	private static ZonedDateTime due(Task task) {
		return (task.getDueDate() != null) ? task.getDueDate().toInstant().atZone(WorkingDays.ZONE) : null;
	}

	private static String signature() {
		return "Med vänliga hälsningar\nÅrshjul\n\n(Det här meddelandet skickas automatiskt och går inte att svara på.)";
	}

}
