package se.arshjul.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link DocumentContent} as JSON text. */
@Converter
class DocumentContentConverter implements AttributeConverter<DocumentContent, String> {

	private static final ObjectMapper mapper = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	@Override
	public String convertToDatabaseColumn(DocumentContent content) {
		try {
			return mapper.writeValueAsString(content == null ? DocumentContent.empty() : content);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot store document content", ex);
		}
	}

	@Override
	public DocumentContent convertToEntityAttribute(String json) {
		try {
			return json == null ? DocumentContent.empty() : mapper.readValue(json, DocumentContent.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot read document content", ex);
		}
	}

}
