package se.arshjul.cycle;

/** A request to start a förvaltning's cycle for a plan year. */
public record StartCycle(String administrationId, Integer year) {
}
