package se.arshjul.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import se.arshjul.cycle.CycleProcess.StepTime;

/**
 * Where every unit of a cycle stands: per unit and document type the document's step, due
 * date and whether it is late; and the time spent per step.
 */
public record CycleStatus(String id, String administrationId, String administrationName, int year, Instant generatedAt,
		List<TypeLabel> documentTypes, List<UnitRow> units, List<StepTime> steps) {

	/** A document type and its Swedish name. */
	public record TypeLabel(String type, String label) {
	}

	/** A unit of the cycle; {@code state} ACTIVE or CLOSED. */
	public record UnitRow(String unitId, String unitName, String state, String stateLabel, List<Cell> documents) {
	}

	/**
	 * A unit's document of a type: not yet started ({@code documentId} null, with the
	 * planned start), or its status, open step, due date and whether it is late.
	 */
	public record Cell(String type, UUID documentId, String dnr, String status, String statusLabel, String step,
			String stepName, OffsetDateTime dueAt, boolean late, LocalDate plannedStart, String processInstanceId) {
	}

}
