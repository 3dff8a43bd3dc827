package se.arshjul.system;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Text in request bodies holds no control characters but tab, line feed and carriage
 * return: PostgreSQL cannot store NUL, and XML, from which the PDF and the HTML version
 * are made, allows none of the others. A text with one is refused naming its field.
 */
class PlainTextDeserializer extends StdScalarDeserializer<String> {

	PlainTextDeserializer() {
		super(String.class);
	}

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
		String text = StringDeserializer.instance.deserialize(parser, context);
		if (text != null) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
					throw new ControlCharacterException(parser, c);
				}
			}
		}
		return text;
	}

	/** A text with a control character; Jackson adds where in the body it was. */
	static class ControlCharacterException extends JsonMappingException {

		private final char character;

		ControlCharacterException(JsonParser parser, char character) {
			super(parser, "Control character U+%04X in text".formatted((int) character));
			this.character = character;
		}

		String codePoint() {
			return "U+%04X".formatted((int) this.character);
		}

	}

}
