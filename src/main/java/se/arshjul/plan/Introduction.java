package se.arshjul.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Inledning.
 *
 * @param vision Verksamhetsidé och värdegrund
 * @param description Verksamhetsbeskrivning
 * @param qualityWork Kvalitets- och utvecklingsarbete
 * @param staffParticipation Medarbetarnas delaktighet (names the APT date)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Introduction(String vision, String description, String qualityWork, String staffParticipation) {

	public static Introduction empty() {
		return new Introduction(null, null, null, null);
	}

	/** Whether any of the four parts holds text. */
	public boolean hasAnyText() {
		return Texts.hasText(this.vision) || Texts.hasText(this.description) || Texts.hasText(this.qualityWork)
				|| Texts.hasText(this.staffParticipation);
	}

}
