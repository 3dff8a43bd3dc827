package se.arshjul.organisation;

/**
 * The roles of the yearly cycle. Unit roles are held per enhet, the others per
 * förvaltning.
 */
public enum Role {

	/** Handläggare: writes the unit's documents. */
	HANDLAGGARE("handlaggare", "Handläggare", true),
	/** Enhetschef: signs off the unit's documents. */
	ENHETSCHEF("enhetschef", "Enhetschef", true),
	/** Förvaltningens stab (controller, ekonom): reviews every unit's document. */
	FORVALTNING("forvaltning", "Förvaltningen", false),
	/** Nämndsekreterare: records the board's decision. */
	NAMNDSEKRETERARE("namndsekreterare", "Nämndsekreterare", false),
	/** Administrator of the system. */
	ADMIN("admin", "Administratör", false);

	/** Camunda's administrators' group, as {@code camunda.bpm.admin-user} sets it up. */
	public static final String ADMIN_GROUP = "camunda-admin";

	private final String groupPrefix;

	private final String label;

	private final boolean unitRole;

	Role(String groupPrefix, String label, boolean unitRole) {
		this.groupPrefix = groupPrefix;
		this.label = label;
		this.unitRole = unitRole;
	}

	public String groupId(String scopeId) {
		return this == ADMIN ? ADMIN_GROUP : this.groupPrefix + "-" + scopeId;
	}

	public String label() {
		return this.label;
	}

	public boolean isUnitRole() {
		return this.unitRole;
	}

}
