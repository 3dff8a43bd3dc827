package se.arshjul.plan;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one validation. */
final class Findings {

	private final List<Finding> errors = new ArrayList<>();

	private final List<Finding> warnings = new ArrayList<>();

	void error(String path, String message) {
		this.errors.add(new Finding(path, message));
	}

	void warning(String path, String message) {
		this.warnings.add(new Finding(path, message));
	}

	ValidationResult result() {
		return new ValidationResult(this.errors, this.warnings);
	}

}
