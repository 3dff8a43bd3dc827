package se.arshjul.rendering;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import se.arshjul.plan.DocumentKind;

/**
 * The render part of the system benchmark: the 15-page VP of {@link RenderBenchmark},
 * rendered by several threads at once, as the job executor's threads render adopted
 * documents. Bare FOP (the baseline) gets a FopFactory per thread, so that nothing is
 * shared; Årshjul's renders share one renderer, as in the application.
 */
public final class RenderThroughput {

	public static final List<String> SERIES = List.of("bare FOP, factory per thread", "Årshjul, no validation",
			"Årshjul + veraPDF");

	private final Tjansteutlatande document;

	private final byte[] fo;

	private final TjansteutlatandeRenderer unvalidated = new TjansteutlatandeRenderer(new PdfValidator() {
		@Override
		public Result validate(byte[] pdf) {
			return new Result(List.of());
		}
	});

	private final TjansteutlatandeRenderer validated = new TjansteutlatandeRenderer();

	private final Map<Integer, RenderBenchmark.BareFop> bareFops = new ConcurrentHashMap<>();

	public RenderThroughput() throws Exception {
		this.document = RenderBenchmark.document(RenderBenchmark.vp2013(), DocumentKind.VP,
				"Verksamhetsplan 2013 för Beställarenheten funktionsnedsättning");
		this.fo = this.unvalidated.fo(this.document);
	}

	/** A few renders of the series on each thread's own objects, before timing. */
	public void warmUp(String series, int threads) {
		for (int thread = 0; thread < threads; thread++) {
			for (int i = 0; i < 6; i++) {
				render(series, thread);
			}
		}
	}

	/** One render of the series, as the given thread. */
	public byte[] render(String series, int thread) {
		return switch (SERIES.indexOf(series)) {
			case 0 -> this.bareFops.computeIfAbsent(thread, (t) -> {
				try {
					return new RenderBenchmark.BareFop();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}).render(this.fo, this.document.administrationName());
			case 1 -> this.unvalidated.render(this.document);
			case 2 -> this.validated.render(this.document);
			default -> throw new IllegalArgumentException(series);
		};
	}

}
