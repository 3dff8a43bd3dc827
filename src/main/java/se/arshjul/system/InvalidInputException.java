package se.arshjul.system;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule (422); carries every problem found, not just the first. */
public class InvalidInputException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
