package se.arshjul.importing;

import java.util.Locale;

/** The tables of a plan, recognised by their header line. */
enum TableKind {

	/** Indikator | Årsmål | KF:s årsmål | Periodicitet. */
	INDICATORS,
	/** Aktivitet | Startdatum | Slutdatum. */
	ACTIVITIES,
	/** Beloppen anges i TKr | Budget (or several amount columns). */
	BUDGET,
	/**
	 * The internkontrollplan: Risk | Sannolikhet | Konsekvens | Kontrollmoment |
	 * Ansvarig.
	 */
	RISKS;

	private static final int MAX_HEADER = 120;

	/** The table this line is the header of, or null. */
	static TableKind ofHeader(String line) {
		String header = line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		if (header.isEmpty() || header.length() > MAX_HEADER) {
			return null;
		}
		if ((header.startsWith("indikator") || header.startsWith("kf:s indikator")) && header.contains("årsmål")) {
			return INDICATORS;
		}
		if ((header.startsWith("aktivitet") || header.startsWith("nämndens aktivitet"))
				&& header.contains("startdatum")) {
			return ACTIVITIES;
		}
		if ((header.startsWith("belopp") || header.startsWith("tkr")) && header.contains("tkr")) {
			return BUDGET;
		}
		if (header.contains("sannolikhet") && header.contains("konsekvens")) {
			return RISKS;
		}
		return null;
	}

}
