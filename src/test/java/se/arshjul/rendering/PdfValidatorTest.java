package se.arshjul.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import se.arshjul.rendering.PdfValidator.FailedRule;
import se.arshjul.rendering.PdfValidator.Result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfValidatorTest {

	private static final PdfValidator validator = TjansteutlatandeRendererTest.validator;

	@Test
	void acceptsARenderedTjansteutlatande() {
		Result result = validator
			.validate(TjansteutlatandeRendererTest.renderer.render(TjansteutlatandeRendererTest.adopted()));
		assertThat(result.isValid()).isTrue();
		assertThat(result.failedRules()).isEmpty();
		assertThat(result.summary()).isEmpty();
	}

	@Test
	void rejectsAPlainPdfWithoutTagsMetadataOrEmbeddedFontsListingTheFailedRules() throws IOException {
		Result result = validator.validate(plainPdf());
		assertThat(result.isValid()).isFalse();
		assertThat(result.failedRules()).extracting(FailedRule::profile).contains("PDF/A-2a", "PDF/UA-1");
		assertThat(result.failedRules()).allSatisfy((rule) -> {
			assertThat(rule.clause()).isNotBlank();
			assertThat(rule.description()).isNotBlank();
			assertThat(rule.count()).isPositive();
		});
		assertThat(result.failedRules()).as("no XMP metadata (PDF/A-2 6.6.2.1)")
			.anySatisfy((rule) -> assertThat(rule.profile() + " " + rule.clause()).isEqualTo("PDF/A-2a 6.6.2.1"));
		assertThat(result.failedRules()).as("Helvetica not embedded (PDF/A-2 6.2.11.4.1)")
			.anySatisfy((rule) -> assertThat(rule.profile() + " " + rule.clause()).isEqualTo("PDF/A-2a 6.2.11.4.1"));
		assertThat(result.failedRules()).as("not tagged (PDF/UA-1 7.1)")
			.anySatisfy((rule) -> assertThat(rule.profile() + " " + rule.clause()).isEqualTo("PDF/UA-1 7.1"));
		assertThat(result.summary()).contains("PDF/A-2a 6.6.2.1-", "PDF/UA-1 7.1-");
	}

	@Test
	void rejectsBytesThatAreNoPdf() {
		Result result = validator.validate("<html>inte en pdf</html>".getBytes());
		assertThat(result.isValid()).isFalse();
		assertThat(result.failedRules()).singleElement().satisfies((rule) -> {
			assertThat(rule.profile()).isEqualTo("PDF");
			assertThat(rule.clause()).isEqualTo("parse");
		});
	}

	@Test
	void makesTheRendererThrowNamingTheFailedRulesInsteadOfReturningAnInvalidPdf() {
		FailedRule rule = new FailedRule("PDF/UA-1", "7.1", 3, "Content shall be marked as Artifact or tagged", 2,
				null);
		PdfValidator rejecting = new PdfValidator() {
			@Override
			public Result validate(byte[] pdf) {
				return new Result(java.util.List.of(rule));
			}
		};
		TjansteutlatandeRenderer renderer = new TjansteutlatandeRenderer(rejecting);
		assertThatThrownBy(() -> renderer.render(TjansteutlatandeRendererTest.adopted()))
			.isInstanceOf(RenderingException.class)
			.hasMessageContaining("534-2026-1.1")
			.hasMessageContaining("PDF/A-2a and PDF/UA-1")
			.hasMessageContaining("PDF/UA-1 7.1-3 (2×): Content shall be marked as Artifact or tagged");
	}

	/**
	 * What any library writes when asked for nothing more: no tags, no XMP, Helvetica not
	 * embedded.
	 */
	private static byte[] plainPdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText("Tjänsteutlåtande utan taggar");
				content.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
