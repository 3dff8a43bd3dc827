package se.arshjul.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import se.arshjul.calendar.WorkingDays;
import se.arshjul.document.CreateDocument;
import se.arshjul.document.DocumentHistoryEntry;
import se.arshjul.cycle.CycleService;
import se.arshjul.cycle.CycleView;
import se.arshjul.cycle.StartCycle;
import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentStatus;
import se.arshjul.document.DocumentView;
import se.arshjul.support.Jobs;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;

/**
 * Reminder and escalation mails of {@code document-lifecycle}, sent by the real jobs to a
 * real SMTP server (GreenMail), at most once per recipient however often a job is
 * retried; a mail server that is down fails the job, which ends as an incident and
 * changes nothing.
 */
@PostgresSpringTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=" + DeadlineMailTest.SMTP_PORT,
		"arshjul.base-url=http://arshjul.test" })
class DeadlineMailTest {

	static final int SMTP_PORT = 3325;

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", "smtp"));

	@MockitoSpyBean
	JavaMailSender mailSender;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	DocumentService documents;

	@Autowired
	DeadlineMails deadlineMails;

	@Autowired
	DailyDigest digest;

	@Autowired
	CycleService cycles;

	DocumentView document;

	ProcessInstance instance;

	@BeforeEach
	void startDocument() {
		BpmnAwareTests.init(this.engine);
		this.document = this.documents.create(new CreateDocument("assistansenheten", TestYears.next(), "VP"),
				"handlaggare");
		this.instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(this.document.processInstanceId())
			.singleResult();
	}

	@Test
	void remindsTheCandidateGroupInSwedishWithALinkToTheTask() throws Exception {
		Task draft = draftTask();
		String dueDay = draft.getDueDate().toInstant().atZone(WorkingDays.ZONE).toLocalDate().toString();

		execute(job("Timer_DraftReminder", this.instance));
		assertThat(greenMail.getReceivedMessages()).as("the timer only schedules the mail job").isEmpty();
		execute(job("Task_DraftReminder", this.instance));

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(recipients(mail)).containsExactly("handlaggare@arshjul.example");
		assertThat(mail.getSubject()).isEqualTo("Påminnelse: Skriv utkast – Verksamhetsplan " + this.document.year()
				+ " för Assistansenheten ska vara klar " + dueDay);
		String body = (String) mail.getContent();
		assertThat(body).contains("\"Skriv utkast\"")
			.contains("Dnr " + this.document.dnr())
			.contains("kl. 17:00")
			.contains("http://arshjul.test/camunda/app/tasklist/default/#/?task=" + draft.getId());
		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_DRAFT);
		assertThat(kinds()).contains("REMINDER");
	}

	@Test
	void aCycleStartedAfterItsDueDatesRemindsAndEscalatesEachUnitsVpByMail() throws Exception {
		int year = TestYears.past();
		CycleView cycle = this.cycles.start(new StartCycle("hagersten-liljeholmen", year), "controller");
		Jobs.runAll(this.managementService, cycle.processInstanceId());
		ProcessInstance vp = this.runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(this.runtimeService.createProcessInstanceQuery()
				.processInstanceBusinessKey("bestallarenheten-aldre-" + year)
				.singleResult()
				.getId())
			.singleResult();
		assertThat(job("Timer_DraftReminder", vp).getDuedate()).as("long past: the reminder is due now")
			.isBefore(new Date());

		execute(job("Timer_DraftReminder", vp));
		execute(job("Task_DraftReminder", vp));
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(recipients(greenMail.getReceivedMessages()[0])).containsExactly("handlaggare2@arshjul.example");
		assertThat(greenMail.getReceivedMessages()[0].getSubject())
			.startsWith("Påminnelse: Skriv utkast – Verksamhetsplan " + year + " för Beställarenheten äldre");

		execute(job("Timer_DraftEscalation", vp));
		execute(job("Task_DraftEscalation", vp));
		assertThat(Arrays.stream(greenMail.getReceivedMessages()).skip(1).flatMap((m) -> recipients(m).stream()))
			.containsExactlyInAnyOrder("enhetschef2@arshjul.example", "controller@arshjul.example");
	}

	@Test
	void escalatesToEnhetschefAndForvaltningOnceEvenWhenRunAgain() throws Exception {
		execute(job("Timer_DraftEscalation", this.instance));
		execute(job("Task_DraftEscalation", this.instance));

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(Arrays.stream(received).flatMap((m) -> recipients(m).stream()))
			.containsExactlyInAnyOrder("enhetschef@arshjul.example", "controller@arshjul.example");
		MimeMessage mail = received[0];
		assertThat(mail.getSubject()).startsWith("Försenat: Skriv utkast – Verksamhetsplan " + this.document.year());
		assertThat((String) mail.getContent()).contains("är försenat")
			.contains("försenat sedan dess")
			.contains("handlaggare-assistansenheten (Hanna Lind)")
			.contains("/camunda/app/tasklist/default/#/?task=" + draftTask().getId());

		assertThat(this.deadlineMails.escalate(this.instance.getId(), Lifecycle.TASK_DRAFT, this.document.id()))
			.as("every recipient has had this mail")
			.isEmpty();
		assertThat(greenMail.getReceivedMessages()).hasSize(2);
	}

	@Test
	void anEscalationWhoseStepWasDoneBeforeItsJobRanChangesNothing() {
		execute(job("Timer_DraftEscalation", this.instance));
		Job escalation = job("Task_DraftEscalation", this.instance);
		new LifecycleSteps(this.taskService, this.engine.getIdentityService(), this.documents).draft(this.instance);

		this.managementService.executeJob(escalation.getId());

		assertThat(greenMail.getReceivedMessages()).isEmpty();
		DocumentView document = this.documents.find(this.document.id());
		assertThat(document.status()).isEqualTo(DocumentStatus.APT_DISCUSSION);
		assertThat(document.overdueStep()).as("the draft was done in time for the document's next step").isNull();
		assertThat(kinds()).doesNotContain("ESCALATED");
		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_APT_DISCUSSION);
	}

	@Test
	void retriedEscalationMailsOnlyThoseNotYetMailedAndChangesTheDocumentOnce() throws Exception {
		// the first mail goes out, the second fails: the job fails after one mail was
		// sent
		doCallRealMethod().doThrow(new MailSendException("SMTP-servern svarar inte"))
			.doCallRealMethod()
			.when(this.mailSender)
			.send(any(MimeMessage.class));
		execute(job("Timer_DraftEscalation", this.instance));
		Job escalation = job("Task_DraftEscalation", this.instance);

		assertThatThrownBy(() -> this.managementService.executeJob(escalation.getId()))
			.isInstanceOf(MailSendException.class);
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(retries(escalation)).isEqualTo(2);
		assertThat(this.documents.find(this.document.id()).overdueStep()).as("rolled back").isNull();
		assertThat(kinds()).doesNotContain("ESCALATED");

		this.managementService.executeJob(escalation.getId());

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(Arrays.stream(received).flatMap((m) -> recipients(m).stream())).as("no one mailed twice")
			.containsExactlyInAnyOrder("enhetschef@arshjul.example", "controller@arshjul.example");
		assertThat(this.documents.find(this.document.id()).overdueStep()).isEqualTo(Lifecycle.TASK_DRAFT);
		assertThat(kinds().stream().filter("ESCALATED"::equals)).hasSize(1);
		assertThat(draftTask().getPriority()).isEqualTo(DeadlineNotifier.ESCALATED_PRIORITY);
	}

	@Test
	void mailServerDownFailsTheJobUntilItIsAnIncidentAndChangesNothing() {
		greenMail.stop();
		execute(job("Timer_DraftEscalation", this.instance));
		Job escalation = job("Task_DraftEscalation", this.instance);
		int priority = draftTask().getPriority();

		for (int attempt = 3; attempt > 0; attempt--) {
			assertThatThrownBy(() -> this.managementService.executeJob(escalation.getId()))
				.isInstanceOf(MailSendException.class);
			assertThat(retries(escalation)).isEqualTo(attempt - 1);
		}

		Incident incident = this.runtimeService.createIncidentQuery()
			.processInstanceId(this.instance.getId())
			.singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getActivityId()).isEqualTo("Task_DraftEscalation");
		BpmnAwareTests.assertThat(this.instance).isWaitingAt(Lifecycle.TASK_DRAFT, "Task_DraftEscalation");
		assertThat(this.documents.find(this.document.id()).overdueStep()).isNull();
		assertThat(kinds()).doesNotContain("ESCALATED");
		assertThat(draftTask().getPriority()).isEqualTo(priority);
	}

	@Test
	void dailyDigestListsEachPersonsOpenTasksLateOnesFirstOncePerDay() throws Exception {
		Task draft = draftTask();
		draft.setDueDate(Date.from(Instant.parse("2020-11-13T16:00:00Z")));
		this.taskService.saveTask(draft);
		LocalDate day = LocalDate.of(this.document.year(), 3, 2);

		this.digest.send(day);

		MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
			.filter((m) -> recipients(m).contains("handlaggare@arshjul.example"))
			.findFirst()
			.orElseThrow();
		assertThat(mail.getSubject()).startsWith("Årshjul " + day + ": ").contains("försenad");
		String body = (String) mail.getContent();
		assertThat(body).contains("FÖRSENADE")
			.contains("- Skriv utkast – Verksamhetsplan " + this.document.year() + " för Assistansenheten (Dnr "
					+ this.document.dnr() + "), FÖRSENAD, skulle ha varit klar 2020-11-13")
			.contains("/camunda/app/tasklist/default/#/?task=" + draft.getId());
		int received = greenMail.getReceivedMessages().length;
		assertThat(this.digest.send(day)).as("once a day").isEmpty();
		assertThat(greenMail.getReceivedMessages()).hasSize(received);
	}

	private Task draftTask() {
		return this.taskService.createTaskQuery()
			.processInstanceId(this.instance.getId())
			.taskDefinitionKey(Lifecycle.TASK_DRAFT)
			.singleResult();
	}

	private int retries(Job job) {
		return this.managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries();
	}

	private List<String> kinds() {
		UUID id = this.document.id();
		return this.documents.history(id, "handlaggare").stream().map(DocumentHistoryEntry::kind).toList();
	}

	private static List<String> recipients(MimeMessage mail) {
		try {
			return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
