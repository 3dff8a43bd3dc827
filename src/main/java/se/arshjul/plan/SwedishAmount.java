package se.arshjul.plan;

import java.math.BigDecimal;

/** Amounts as Swedish tables write them: thousands grouped, decimal comma. */
public final class SwedishAmount {

	private SwedishAmount() {
	}

	/**
	 * E.g. "21 457", "-3 571", "12,5".
	 * @param thousands what separates groups of three digits (a space, or a no-break
	 * space)
	 * @param minus the sign of a negative amount ("-", or the typographic "−")
	 */
	public static String format(BigDecimal amount, String thousands, String minus) {
		BigDecimal plain = amount.stripTrailingZeros();
		if (plain.scale() < 0) {
			plain = plain.setScale(0);
		}
		String digits = plain.abs().toPlainString();
		int point = digits.indexOf('.');
		String whole = (point >= 0) ? digits.substring(0, point) : digits;
		StringBuilder out = new StringBuilder(digits.length() + 4);
		if (plain.signum() < 0) {
			out.append(minus);
		}
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				out.append(thousands);
			}
			out.append(whole.charAt(i));
		}
		return out.append((point >= 0) ? "," + digits.substring(point + 1) : "").toString();
	}

}
