package se.arshjul.notification;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import se.arshjul.support.PostgresSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without an SMTP host (the default, as in the test profile) mails are written to the
 * log, and recorded like sent ones, once per recipient.
 */
@PostgresSpringTest
@ExtendWith(OutputCaptureExtension.class)
class MailerLogTest {

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void logsMailOncePerRecipientWhenNoSmtpHostIsConfigured(CapturedOutput output) {
		assertThat(this.mailer.isSmtpConfigured()).isFalse();
		MailKey key = new MailKey(UUID.randomUUID().toString(), "Task_Draft", "reminder", "task-1");
		List<OutgoingMail> mails = List.of(
				new OutgoingMail("handlaggare@arshjul.example", "Påminnelse: Skriv utkast", "Hej!"),
				new OutgoingMail("HANDLAGGARE@arshjul.example", "Påminnelse: Skriv utkast", "Hej!"),
				new OutgoingMail("enhetschef@arshjul.example", "Påminnelse: Skriv utkast", "Hej!"));

		assertThat(this.mailer.sendOnce(key, mails)).hasSize(2);
		assertThat(this.mailer.sendOnce(key, mails)).as("a retry mails no one again").isEmpty();

		assertThat(output.getOut()).contains("e-post till handlaggare@arshjul.example: \"Påminnelse: Skriv utkast\"");
		assertThat(output.getOut().split("e-post till handlaggare@arshjul.example", -1)).hasSize(2);
		assertThat(this.jdbc.queryForList("select delivery from sent_mail where process_instance_id = ?", String.class,
				key.processInstanceId()))
			.containsExactly("log", "log");
	}

}
