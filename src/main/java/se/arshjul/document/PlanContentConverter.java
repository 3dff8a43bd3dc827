package se.arshjul.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import se.arshjul.plan.PlanContent;

/**
 * Stores a document's {@link PlanContent} as JSON text. Reads the first, flat shape too
 * (the Inledning's parts at the top level), so that no early draft is lost.
 */
@Converter
class PlanContentConverter implements AttributeConverter<PlanContent, String> {

	private static final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	@Override
	public String convertToDatabaseColumn(PlanContent content) {
		try {
			return mapper.writeValueAsString(content == null ? PlanContent.empty() : content);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot store document content", ex);
		}
	}

	/** The SHA-256 of the content as it is stored: the seal of an adopted version. */
	static String seal(PlanContent content) {
		return Sha256.hex(new PlanContentConverter().convertToDatabaseColumn(content)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Override
	public PlanContent convertToEntityAttribute(String json) {
		if (json == null) {
			return PlanContent.empty();
		}
		try {
			JsonNode tree = mapper.readTree(json);
			if (tree instanceof ObjectNode flat && !flat.has("introduction") && flat.has("vision")) {
				ObjectNode introduction = flat.objectNode();
				for (String part : new String[] { "vision", "description", "qualityWork", "staffParticipation" }) {
					if (flat.hasNonNull(part)) {
						introduction.set(part, flat.remove(part));
					}
				}
				flat.set("introduction", introduction);
			}
			return mapper.treeToValue(tree, PlanContent.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot read document content", ex);
		}
	}

}
