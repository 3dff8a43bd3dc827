package se.arshjul.cycle;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A förvaltning's cycle for one plan year. Its id is also the business key of its
 * {@code arshjul-cycle} instance, e.g. {@code hagersten-liljeholmen-2027}; the table
 * allows one per förvaltning and year.
 */
@Entity
@Table(name = "cycle")
class Cycle {

	@Id
	private String id;

	private String administrationId;

	@Column(name = "plan_year")
	private int year;

	private String processInstanceId;

	private String startedBy;

	private Instant startedAt;

	protected Cycle() {
	}

	Cycle(String id, String administrationId, int year, String processInstanceId, String startedBy) {
		this.id = id;
		this.administrationId = administrationId;
		this.year = year;
		this.processInstanceId = processInstanceId;
		this.startedBy = startedBy;
		this.startedAt = Instant.now();
	}

	static String idOf(String administrationId, int year) {
		return administrationId + "-" + year;
	}

	String getId() {
		return this.id;
	}

	String getAdministrationId() {
		return this.administrationId;
	}

	int getYear() {
		return this.year;
	}

	String getProcessInstanceId() {
		return this.processInstanceId;
	}

	String getStartedBy() {
		return this.startedBy;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

}
