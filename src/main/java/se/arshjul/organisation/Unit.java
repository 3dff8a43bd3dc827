package se.arshjul.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enhet of a förvaltning. */
@Entity
@Table(name = "unit")
class Unit {

	@Id
	private String id;

	private String administrationId;

	private String name;

	private boolean active;

	protected Unit() {
	}

	Unit(String id, String administrationId, String name) {
		this.id = id;
		this.administrationId = administrationId;
		this.name = name;
		this.active = true;
	}

	String getId() {
		return this.id;
	}

	String getAdministrationId() {
		return this.administrationId;
	}

	String getName() {
		return this.name;
	}

	boolean isActive() {
		return this.active;
	}

	void close() {
		this.active = false;
	}

}
