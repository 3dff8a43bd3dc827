package se.arshjul.document;

import java.time.Instant;

import se.arshjul.plan.PlanContent;

/**
 * A saved version: number, who and when; the content only when one version is asked for.
 */
public record VersionInfo(int number, Instant savedAt, String savedBy, String title, PlanContent content) {
}
