package se.arshjul.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How registration numbers look: {@code pattern} with the placeholders {@code {number}}
 * (running number per förvaltning and registration year), {@code {year}} and
 * {@code {classification}}.
 */
@ConfigurationProperties("arshjul.dnr")
record DnrProperties(String pattern, String classification) {

	DnrProperties {
		pattern = (pattern == null || pattern.isBlank()) ? "{number}-{year}-{classification}" : pattern;
		classification = (classification == null) ? "1.1" : classification;
	}

	String format(int number, int year) {
		return this.pattern.replace("{number}", Integer.toString(number))
			.replace("{year}", Integer.toString(year))
			.replace("{classification}", this.classification);
	}

}
