package se.arshjul.document;

/**
 * A request to create a unit's document. Fields are plain strings and numbers so that
 * every problem can be reported by name rather than as an unreadable body.
 */
public record CreateDocument(String unitId, Integer year, String type) {
}
