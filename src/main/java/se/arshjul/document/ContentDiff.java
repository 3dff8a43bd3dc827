package se.arshjul.document;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.MissingNode;

import se.arshjul.plan.PlanContent;

/**
 * What changed between two versions of a document's content, as a list of paths into the
 * plan (the same paths the validator uses): which goals, indicators, activities and
 * budget rows were added, removed or changed.
 */
final class ContentDiff {

	private static final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private ContentDiff() {
	}

	static List<Change> between(PlanContent before, PlanContent after) {
		List<Change> changes = new ArrayList<>();
		compare("", mapper.valueToTree(before), mapper.valueToTree(after), changes);
		return changes;
	}

	private static void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
		if (isAbsent(before) && isAbsent(after)) {
			return;
		}
		if (isAbsent(before)) {
			changes.add(new Change(path, Change.Kind.ADDED, null, text(after)));
		}
		else if (isAbsent(after)) {
			changes.add(new Change(path, Change.Kind.REMOVED, text(before), null));
		}
		else if (before.isObject() && after.isObject()) {
			Set<String> fields = new LinkedHashSet<>();
			before.fieldNames().forEachRemaining(fields::add);
			after.fieldNames().forEachRemaining(fields::add);
			for (String field : fields) {
				compare(path.isEmpty() ? field : path + "." + field, before.path(field), after.path(field), changes);
			}
		}
		else if (before.isArray() && after.isArray()) {
			int size = Math.max(before.size(), after.size());
			for (int i = 0; i < size; i++) {
				compare(path + "[" + i + "]", before.path(i), after.path(i), changes);
			}
		}
		else if (!before.equals(after)) {
			changes.add(new Change(path, Change.Kind.CHANGED, text(before), text(after)));
		}
	}

	private static boolean isAbsent(JsonNode node) {
		return node == null || node instanceof MissingNode || node.isNull() || (node.isArray() && node.isEmpty())
				|| (node.isTextual() && node.asText().isEmpty());
	}

	/**
	 * A leaf as its text; a whole goal or row by its title or label, so that a reader
	 * sees which.
	 */
	private static String text(JsonNode node) {
		if (node.isValueNode()) {
			return node.asText();
		}
		for (Iterator<String> names = List.of("title", "name", "label", "risk").iterator(); names.hasNext();) {
			JsonNode name = node.path(names.next());
			if (name.isTextual()) {
				return name.asText();
			}
		}
		return node.toString();
	}

	/**
	 * One difference.
	 *
	 * @param path where, e.g.
	 * {@code directionGoals[0].councilGoals[1].indicators[2].unitTarget}
	 * @param kind added, removed or changed
	 * @param before the old value (or the removed goal's title), null when added
	 * @param after the new value (or the added goal's title), null when removed
	 */
	record Change(String path, Kind kind, String before, String after) {

		enum Kind {

			ADDED, REMOVED, CHANGED

		}

	}

}
