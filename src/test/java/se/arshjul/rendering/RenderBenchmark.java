package se.arshjul.rendering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import se.arshjul.plan.DocumentKind;

/**
 * Times the tjänsteutlåtande: the whole render (XML, XSLT, FOP, veraPDF PDF/A-2a +
 * PDF/UA-1) beside a baseline measured in the same run, the same pipeline without the
 * veraPDF check. Run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.arshjul.rendering.RenderBenchmark};
 * {@code -Dbenchmark.out=DIR} also writes the rendered PDFs there for a look.
 */
public final class RenderBenchmark {

	private static final int WARM_UP = 10;

	private static final int MEASURED = 30;

	private RenderBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		TjansteutlatandeRenderer full = new TjansteutlatandeRenderer();
		TjansteutlatandeRenderer baseline = new TjansteutlatandeRenderer(new PdfValidator() {
			@Override
			public Result validate(byte[] pdf) {
				return new Result(List.of());
			}
		});
		Tjansteutlatande vp = PlanRenderingTest.document(PlanRenderingTest.vp2017(), DocumentKind.VP,
				"Verksamhetsplan 2017 för Assistansenheten");
		Tjansteutlatande vb = PlanRenderingTest.document(PlanRenderingTest.followUp(DocumentKind.VB), DocumentKind.VB,
				"Verksamhetsberättelse 2017 för Assistansenheten");
		System.out.printf("%-50s %6s %8s   %s%n", "document", "median", "p95",
				"(ms, " + MEASURED + " renders after " + WARM_UP + " warm-up, one thread)");
		for (var entry : List.of(List.of("VP 2017 Assistansenheten", vp), List.of("VB 2017 Assistansenheten", vb))) {
			String name = (String) entry.get(0);
			Tjansteutlatande document = (Tjansteutlatande) entry.get(1);
			print(name + ": FOP only (baseline)", time(() -> baseline.render(document)));
			print(name + ": FOP + veraPDF (Årshjul)", time(() -> full.render(document)));
		}
		String out = System.getProperty("benchmark.out");
		if (out != null) {
			Files.write(Path.of(out, "benchmark-vp.pdf"), full.render(vp));
			Files.write(Path.of(out, "benchmark-vb.pdf"), full.render(vb));
		}
	}

	private static long[] time(Supplier<byte[]> render) {
		for (int i = 0; i < WARM_UP; i++) {
			render.get();
		}
		long[] millis = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			render.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static void print(String name, long[] millis) {
		System.out.printf("%-50s %6d %8d%n", name, millis[millis.length / 2], millis[(int) (millis.length * 0.95)]);
	}

}
