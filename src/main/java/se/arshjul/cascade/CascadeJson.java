package se.arshjul.cascade;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import se.arshjul.plan.DirectionGoal;

/** Writes and reads a stored cascade as JSON, as documents store their content. */
final class CascadeJson {

	private static final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private static final TypeReference<List<DirectionGoal>> type = new TypeReference<>() {
	};

	private CascadeJson() {
	}

	static String write(List<DirectionGoal> cascade) {
		try {
			return mapper.writeValueAsString(cascade == null ? List.of() : cascade);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot store goal cascade", ex);
		}
	}

	static List<DirectionGoal> read(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			List<DirectionGoal> cascade = mapper.readValue(json, type);
			return (cascade != null) ? cascade : List.of();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot read goal cascade", ex);
		}
	}

}
