package se.arshjul.plan;

import java.util.List;

/**
 * All a validation found, at once.
 *
 * @param errors blocking: the draft cannot be completed while there are any
 * @param warnings shown, not blocking
 */
public record ValidationResult(List<Finding> errors, List<Finding> warnings) {

	public ValidationResult {
		errors = Lists.of(errors);
		warnings = Lists.of(warnings);
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

}
