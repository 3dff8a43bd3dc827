package se.arshjul.document;

import java.util.List;

import se.arshjul.plan.Finding;

/**
 * The saved document and what the validator found in it: errors block completing the
 * draft, warnings do not.
 */
public record SaveResult(DocumentView document, List<Finding> errors, List<Finding> warnings) {
}
