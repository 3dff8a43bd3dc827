package se.arshjul.cycle;

import java.time.Instant;

/**
 * A cycle as the API shows it; {@code id} is also its process instance's business key.
 */
public record CycleView(String id, String administrationId, String administrationName, int year,
		String processInstanceId, String startedBy, Instant startedAt, boolean running) {
}
