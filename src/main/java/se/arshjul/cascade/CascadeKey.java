package se.arshjul.cascade;

import java.io.Serializable;
import java.util.Objects;

/** The key of a stored cascade: förvaltning and year. */
class CascadeKey implements Serializable {

	private String administrationId;

	private int year;

	protected CascadeKey() {
	}

	CascadeKey(String administrationId, int year) {
		this.administrationId = administrationId;
		this.year = year;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CascadeKey key && this.year == key.year
				&& Objects.equals(this.administrationId, key.administrationId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.administrationId, this.year);
	}

}
