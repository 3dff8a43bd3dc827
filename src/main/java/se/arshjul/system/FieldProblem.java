package se.arshjul.system;

/** One problem with one field of a request, in the user's words. */
public record FieldProblem(String field, String message) {

	@Override
	public String toString() {
		return this.field + ": " + this.message;
	}

}
