package se.arshjul.notification;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Sends mails at most once per {@link MailKey} and recipient. Each mail is recorded in
 * {@code sent_mail} in a transaction of its own <em>before</em> it is sent, keyed by the
 * mail and the recipient: whoever records it first sends it. So when a later recipient
 * fails and the caller's transaction (a Camunda job) rolls back and is retried, the
 * recipients already mailed are skipped; and when the same job runs twice at once (on two
 * nodes, after its lock expired) or two nodes send the same daily digest, the second
 * finds the record and sends nothing. A failure to send removes the record and is thrown,
 * for the job to be retried and finally to become an incident. (A node that dies between
 * recording and sending loses that one mail rather than risk sending it twice.) Without
 * an SMTP host ({@code spring.mail.host} empty) the mail is logged instead of sent.
 */
@Service
public class Mailer {

	private static final Logger logger = LoggerFactory.getLogger(Mailer.class);

	static final String SMTP = "smtp";

	static final String LOG = "log";

	private final ObjectProvider<JavaMailSender> sender;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final String host;

	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			Clock clock, @Value("${spring.mail.host:}") String host,
			@Value("${arshjul.mail.from:arshjul@arshjul.example}") String from) {
		this.sender = sender;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.host = host;
		this.from = from;
	}

	/**
	 * Sends each mail whose recipient has not had a mail with this key yet; mails to the
	 * same address are sent once.
	 * @return the mails sent (or logged) now
	 */
	public List<OutgoingMail> sendOnce(MailKey key, List<OutgoingMail> mails) {
		Map<String, OutgoingMail> byRecipient = new LinkedHashMap<>();
		for (OutgoingMail mail : mails) {
			if (StringUtils.hasText(mail.to())) {
				byRecipient.putIfAbsent(mail.to().trim().toLowerCase(), mail);
			}
		}
		List<OutgoingMail> sent = new ArrayList<>();
		for (Map.Entry<String, OutgoingMail> entry : byRecipient.entrySet()) {
			String recipient = entry.getKey();
			OutgoingMail mail = entry.getValue();
			if (!claim(key, recipient, mail.subject())) {
				logger.debug("Already mailed {} for {}", recipient, key);
				continue;
			}
			try {
				deliver(mail);
			}
			catch (RuntimeException ex) {
				unclaim(key, recipient);
				throw ex;
			}
			sent.add(mail);
		}
		return sent;
	}

	/** Whether mails go to an SMTP server; otherwise they are logged. */
	public boolean isSmtpConfigured() {
		return StringUtils.hasText(this.host);
	}

	private void deliver(OutgoingMail mail) {
		if (!isSmtpConfigured()) {
			logger.info("Ingen SMTP-server konfigurerad (spring.mail.host); e-post till {}: \"{}\"\n{}", mail.to(),
					mail.subject(), mail.body());
			return;
		}
		JavaMailSender mailSender = this.sender.getObject();
		MimeMessage message = mailSender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from, "Årshjul");
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
		}
		catch (MessagingException | java.io.UnsupportedEncodingException ex) {
			throw new MailPreparationException("E-post till " + mail.to() + " kunde inte skapas", ex);
		}
		mailSender.send(message);
		logger.info("E-post skickad till {}: \"{}\"", mail.to(), mail.subject());
	}

	/**
	 * Records the mail as sent, committed at once.
	 * @return false when it was already recorded (sent, or being sent, by another
	 * attempt)
	 */
	private boolean claim(MailKey key, String recipient, String subject) {
		String storedSubject = (subject.length() > 500) ? subject.substring(0, 500) : subject;
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
					"insert into sent_mail (process_instance_id, step, kind, task_id, recipient, subject, delivery,"
							+ " sent_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
					key.processInstanceId(), key.step(), key.kind(), key.taskId(), recipient, storedSubject,
					isSmtpConfigured() ? SMTP : LOG, Timestamp.from(this.clock.instant())));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** The mail could not be sent: a retry may send it. */
	private void unclaim(MailKey key, String recipient) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
				"delete from sent_mail where process_instance_id = ? and step = ? and kind = ? and task_id = ?"
						+ " and recipient = ?",
				key.processInstanceId(), key.step(), key.kind(), key.taskId(), recipient));
	}

}
