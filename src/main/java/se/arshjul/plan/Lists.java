package se.arshjul.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Normalises the lists of the model: never null, never modifiable. */
final class Lists {

	private Lists() {
	}

	/** An unmodifiable copy; null becomes the empty list. Null elements are refused. */
	static <T> List<T> of(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	/**
	 * An unmodifiable copy that keeps null elements (empty table cells); null becomes the
	 * empty list.
	 */
	static <T> List<T> withNulls(List<T> list) {
		return (list != null) ? Collections.unmodifiableList(new ArrayList<>(list)) : List.of();
	}

}
