package se.arshjul.document;

import java.time.Clock;
import java.time.Year;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out registration numbers (Dnr) from a per-förvaltning, per-year sequence. The row
 * lock taken by the increment serialises concurrent registrations, also across nodes.
 */
@Component
class DnrSequence {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate newTransaction;

	private final DnrProperties properties;

	private final Clock clock;

	DnrSequence(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DnrProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String next(String administrationId) {
		int year = Year.now(this.clock).getValue();
		if (increment(administrationId, year) == 0) {
			createSequence(administrationId, year);
			increment(administrationId, year);
		}
		Integer number = this.jdbc.queryForObject(
				"select last_number from dnr_sequence where administration_id = ? and registration_year = ?",
				Integer.class, administrationId, year);
		return this.properties.format(number, year);
	}

	private int increment(String administrationId, int year) {
		return this.jdbc.update(
				"update dnr_sequence set last_number = last_number + 1 where administration_id = ? and registration_year = ?",
				administrationId, year);
	}

	private void createSequence(String administrationId, int year) {
		try {
			this.newTransaction.executeWithoutResult((status) -> this.jdbc.update(
					"insert into dnr_sequence (administration_id, registration_year, last_number) values (?, ?, 0)",
					administrationId, year));
		}
		catch (DuplicateKeyException ex) {
			// another registration created it at the same moment: use theirs
		}
	}

}
