package se.arshjul.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A row of the internkontrollplan med väsentlighets- och riskanalys.
 *
 * @param risk the risk, e.g. a process that may fail
 * @param probability Sannolikhet, 1 (low) to 4 (high)
 * @param consequence Konsekvens, 1 (low) to 4 (high)
 * @param control Kontrollmoment: how it is controlled
 * @param responsible who answers for the control
 * @param result in the VB's follow-up report: what the control found
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Risk(String risk, Integer probability, Integer consequence, String control, String responsible,
		String result) {

	/** A risk as planned, not yet followed up. */
	public Risk(String risk, Integer probability, Integer consequence, String control, String responsible) {
		this(risk, probability, consequence, control, responsible, null);
	}

}
