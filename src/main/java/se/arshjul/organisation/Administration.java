package se.arshjul.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A förvaltning, e.g. a stadsdelsförvaltning, with the nämnd it serves. */
@Entity
@Table(name = "administration")
class Administration {

	@Id
	private String id;

	private String name;

	private String boardName;

	protected Administration() {
	}

	Administration(String id, String name, String boardName) {
		this.id = id;
		this.name = name;
		this.boardName = boardName;
	}

	String getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getBoardName() {
		return this.boardName;
	}

}
