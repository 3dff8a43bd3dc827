package se.arshjul.cascade;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A row of {@code goal_cascade}: one förvaltning's cascade for one year, as JSON. */
@Entity
@Table(name = "goal_cascade")
@IdClass(CascadeKey.class)
class StoredCascade {

	@Id
	private String administrationId;

	@Id
	@Column(name = "plan_year")
	private int year;

	private String content;

	private Instant updatedAt;

	private String updatedBy;

	protected StoredCascade() {
	}

	StoredCascade(String administrationId, int year) {
		this.administrationId = administrationId;
		this.year = year;
	}

	void replace(String content, String updatedBy) {
		this.content = content;
		this.updatedBy = updatedBy;
		this.updatedAt = Instant.now();
	}

	String getAdministrationId() {
		return this.administrationId;
	}

	int getYear() {
		return this.year;
	}

	String getContent() {
		return this.content;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

}
