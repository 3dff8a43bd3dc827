package se.arshjul.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.StringUtils;

import se.arshjul.calendar.WorkingDays;
import se.arshjul.notification.MailKey;
import se.arshjul.notification.Mailer;
import se.arshjul.notification.OutgoingMail;
import se.arshjul.organisation.OrganisationService;
import se.arshjul.organisation.OrganisationService.PersonInfo;
import se.arshjul.organisation.RoleAssignment;

/**
 * Every working morning, a mail to each person with open tasks: the tasks assigned to
 * them or waiting for one of their groups, the late ones first and marked as late. Sent
 * once per person and day (see {@link Mailer}), so that several app instances or a
 * restart do not send it twice. {@code arshjul.mail.digest.cron} sets when ("-" turns it
 * off).
 */
@Configuration
@EnableScheduling
class DailyDigest {

	static final String KIND = "digest";

	private static final Logger logger = LoggerFactory.getLogger(DailyDigest.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE 'den' d MMMM yyyy",
			Locale.forLanguageTag("sv-SE"));

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final OrganisationService organisation;

	private final DeadlineMails deadlineMails;

	private final Mailer mailer;

	private final Clock clock;

	DailyDigest(TaskService taskService, RuntimeService runtimeService, OrganisationService organisation,
			DeadlineMails deadlineMails, Mailer mailer, Clock clock) {
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.organisation = organisation;
		this.deadlineMails = deadlineMails;
		this.mailer = mailer;
		this.clock = clock;
	}

	@Scheduled(cron = "${arshjul.mail.digest.cron:0 0 7 * * MON-FRI}", zone = "Europe/Stockholm")
	void sendToday() {
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingDays.ZONE));
		if (!WorkingDays.swedish().isWorkingDay(today)) {
			return;
		}
		try {
			send(today);
		}
		catch (RuntimeException ex) {
			// tried again at the next run; those already mailed today are skipped
			logger.warn("Dagens sammanställning kunde inte skickas till alla: {}", ex.getMessage());
		}
	}

	/** Sends the day's digest to everyone with open tasks who has not had it yet. */
	List<OutgoingMail> send(LocalDate day) {
		Date now = Date.from(this.clock.instant());
		List<OutgoingMail> sent = new ArrayList<>();
		for (PersonInfo person : this.organisation.allPeople()) {
			if (!StringUtils.hasText(person.email())) {
				continue;
			}
			List<Task> tasks = openTasksOf(person);
			if (tasks.isEmpty()) {
				continue;
			}
			List<Task> late = tasks.stream()
				.filter((t) -> t.getDueDate() != null && t.getDueDate().before(now))
				.toList();
			List<Task> onTime = tasks.stream().filter((t) -> !late.contains(t)).toList();
			StringBuilder body = new StringBuilder("Hej ").append(person.firstName())
				.append("!\n\n")
				.append("Dina öppna uppgifter i Årshjul ")
				.append(LONG_DAY.format(day))
				.append(":\n");
			if (!late.isEmpty()) {
				body.append("\nFÖRSENADE (").append(late.size()).append("):\n");
				late.forEach((task) -> line(body, task, "FÖRSENAD, skulle ha varit klar "));
			}
			if (!onTime.isEmpty()) {
				body.append("\nÖvriga (").append(onTime.size()).append("):\n");
				onTime.forEach((task) -> line(body, task, "klar senast "));
			}
			body.append("\nMed vänliga hälsningar\nÅrshjul\n\n")
				.append("(Det här meddelandet skickas automatiskt och går inte att svara på.)");
			String subject = "Årshjul " + DAY.format(day) + ": " + tasks.size()
					+ ((tasks.size() == 1) ? " öppen uppgift" : " öppna uppgifter") + (late.isEmpty() ? ""
							: ", varav " + late.size() + ((late.size() == 1) ? " försenad" : " försenade"));
			sent.addAll(this.mailer.sendOnce(new MailKey(KIND, DAY.format(day), KIND, person.id()),
					List.of(new OutgoingMail(person.email(), subject, body.toString()))));
		}
		return sent;
	}

	private List<Task> openTasksOf(PersonInfo person) {
		List<String> groups = person.roles().stream().map(RoleAssignment::groupId).toList();
		var query = this.taskService.createTaskQuery().or().taskAssignee(person.id());
		if (!groups.isEmpty()) {
			query = query.taskCandidateGroupIn(groups);
		}
		return query.endOr()
			.active()
			.list()
			.stream()
			.sorted(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private void line(StringBuilder body, Task task, String dueWords) {
		body.append("- ").append(task.getName());
		ProcessInstance instance = (task.getProcessInstanceId() != null)
				? this.runtimeService.createProcessInstanceQuery()
					.processInstanceId(task.getProcessInstanceId())
					.singleResult()
				: null;
		if (instance != null) {
			Object title = this.runtimeService.getVariable(instance.getId(), Lifecycle.DOCUMENT_TITLE);
			body.append(" – ")
				.append((title != null) ? title : "")
				.append(" (Dnr ")
				.append(instance.getBusinessKey())
				.append(")");
		}
		if (task.getDueDate() != null) {
			body.append(", ")
				.append(dueWords)
				.append(DAY.format(task.getDueDate().toInstant().atZone(WorkingDays.ZONE)));
		}
		body.append("\n  ").append(this.deadlineMails.taskLink(task)).append("\n");
	}

}
