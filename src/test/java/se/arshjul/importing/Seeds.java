package se.arshjul.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The seed plans, copied from ../shared/seeds into the test resources so that a fresh
 * clone can run.
 */
final class Seeds {

	static final String VP_2017 = "vp-2017-assistansenheten.txt";

	static final String VP_2017_PDF_TEXT = "vp-2017-assistansenheten.pdftext.txt";

	static final String VP_2013 = "vp-2013-bestallarenheten-funktionsnedsattning.txt";

	private Seeds() {
	}

	static String read(String name) {
		try (InputStream in = Seeds.class.getResourceAsStream("/importing/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Seed not on the classpath: /importing/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
