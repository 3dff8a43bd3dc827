package se.arshjul.document;

/**
 * The text of a plan document. For now the Inledning's parts and övriga frågor; the goal
 * cascade, budget and bilagor join it as further components.
 *
 * @param vision Verksamhetsidé och värdegrund
 * @param description Verksamhetsbeskrivning
 * @param qualityWork Kvalitets- och utvecklingsarbete
 * @param staffParticipation Medarbetarnas delaktighet (filled from the APT discussion)
 * @param otherMatters Övriga frågor
 */
public record DocumentContent(String vision, String description, String qualityWork, String staffParticipation,
		String otherMatters) {

	public static DocumentContent empty() {
		return new DocumentContent(null, null, null, null, null);
	}

	public DocumentContent withDraftText(String vision, String description, String qualityWork,
			String otherMatters) {
		return new DocumentContent(vision, description, qualityWork, this.staffParticipation, otherMatters);
	}

	public DocumentContent withStaffParticipation(String staffParticipation) {
		return new DocumentContent(this.vision, this.description, this.qualityWork, staffParticipation,
				this.otherMatters);
	}

	public boolean hasIntroduction() {
		return hasText(this.vision) || hasText(this.description) || hasText(this.qualityWork);
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
