package se.arshjul.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A role held in a scope: a unit id for unit roles, an administration id for the others.
 */
@Embeddable
public record RoleAssignment(@Enumerated(EnumType.STRING) @Column(name = "role") Role role,
		@Column(name = "scope_id") String scopeId) {

	/**
	 * The Camunda group that stands for this role in this scope, e.g.
	 * {@code handlaggare-assistansenheten}.
	 */
	public String groupId() {
		return this.role.groupId(this.scopeId);
	}

}
