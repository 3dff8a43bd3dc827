package se.arshjul.plan;

/** What a row of a budget table holds. */
public enum RowKind {

	/** An income row, e.g. Bidrag. */
	INCOME("Intäkt"),
	/** A cost row, e.g. Personalkostnader. */
	COST("Kostnad"),
	/** Summa intäkter: the sum of the income rows. */
	SUM_INCOME("Summa intäkter"),
	/** Summa kostnader: the sum of the cost rows. */
	SUM_COST("Summa kostnader"),
	/** Summa netto. */
	NET("Summa netto");

	private final String label;

	RowKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
