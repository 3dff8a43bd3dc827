package se.arshjul.document;

/**
 * One difference between two versions of a document.
 *
 * @param path where in the plan, e.g. {@code budgets[0].rows[3].amounts[0]}
 * @param kind {@code ADDED}, {@code REMOVED} or {@code CHANGED}
 * @param before the old value, or the removed part's title
 * @param after the new value, or the added part's title
 */
public record VersionChange(String path, String kind, String before, String after) {
}
