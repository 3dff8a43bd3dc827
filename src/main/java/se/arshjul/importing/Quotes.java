package se.arshjul.importing;

/** Quotes text in warnings the Swedish way, long texts cut at a word. */
final class Quotes {

	private static final int MAX = 60;

	private Quotes() {
	}

	static String of(String text) {
		String flat = (text != null) ? text.strip().replaceAll("\\s+", " ") : "";
		if (flat.length() > MAX) {
			int cut = flat.lastIndexOf(' ', MAX);
			flat = flat.substring(0, (cut > 0) ? cut : MAX) + " …";
		}
		return "”" + flat + "”";
	}

}
