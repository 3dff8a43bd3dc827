package se.arshjul.rendering;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;
import org.verapdf.processor.reports.enums.JobEndStatus;

/**
 * Checks a PDF with veraPDF against PDF/A-2a (ISO 19005-2, level A: tagged, Unicode text)
 * and PDF/UA-1 (ISO 14289-1), both in one pass over the document.
 * <p>
 * veraPDF's setup is global and done once per JVM, however many instances exist (Spring's
 * bean, a renderer built by hand, tests): the Greenfield foundry is registered and the
 * two validation profiles are parsed in {@link VeraPdf}'s class initialiser, which the
 * JVM runs exactly once and thread-safely. A veraPDF validator keeps per-run state, so
 * each call makes a new (cheap) one from the shared profiles; veraPDF also caches the
 * compiled rule scripts per thread. Thread-safe.
 */
@Component
public class PdfValidator {

	private static final Logger log = LoggerFactory.getLogger(PdfValidator.class);

	/** The profiles every tjänsteutlåtande must pass. */
	public static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);

	/** Failed checks kept per rule with their message; the count is always complete. */
	private static final int DISPLAYED_FAILURES_PER_RULE = 1;

	/**
	 * Sets veraPDF up now (once per JVM), so that the first render does not pay for it.
	 */
	public PdfValidator() {
		VeraPdf.ensureInitialised();
	}

	/**
	 * @return the failed rules of both profiles; a file that cannot be parsed as a PDF at
	 * all fails with one rule of profile "PDF"
	 */
	public Result validate(byte[] pdf) {
		Objects.requireNonNull(pdf, "pdf");
		long start = System.nanoTime();
		List<ValidationProfile> profiles = VeraPdf.PROFILES;
		List<ValidationResult> results;
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), FLAVOURS.get(0));
				PDFAValidator validator = ValidatorFactory.createValidatorByProfiles(profiles, false, 0,
						DISPLAYED_FAILURES_PER_RULE, true, false)) {
			results = validator.validateAll(parser);
		}
		catch (Exception ex) {
			// not a PDF, encrypted, or so broken that veraPDF cannot build its model of
			// it
			return new Result(
					List.of(new FailedRule("PDF", "parse", 0, "veraPDF could not read the file: " + ex, 1, null)));
		}
		List<FailedRule> failed = new ArrayList<>();
		for (ValidationResult result : results) {
			failed.addAll(failedRules(result));
		}
		if (results.size() != profiles.size()) {
			failed.add(new FailedRule("veraPDF", "profiles", 0, "Expected results for " + FLAVOURS + ", got "
					+ results.stream().map(ValidationResult::getPDFAFlavour).toList(), 1, null));
		}
		failed.sort(Comparator.comparing(FailedRule::profile)
			.thenComparing(FailedRule::clause)
			.thenComparingInt(FailedRule::test));
		if (log.isDebugEnabled()) {
			log.debug("veraPDF checked {} bytes against {} in {} ms: {} failed rules", pdf.length, FLAVOURS,
					(System.nanoTime() - start) / 1_000_000, failed.size());
		}
		return new Result(failed);
	}

	private static List<FailedRule> failedRules(ValidationResult result) {
		String profile = name(result.getPDFAFlavour());
		List<FailedRule> failed = new ArrayList<>();
		if (result.getJobEndStatus() != null && result.getJobEndStatus() != JobEndStatus.NORMAL) {
			failed.add(new FailedRule(profile, "job", 0, "Validation did not finish: " + result.getJobEndStatus(), 1,
					null));
		}
		Map<RuleId, String> examples = result.getTestAssertions()
			.stream()
			.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
			.collect(Collectors.toMap(TestAssertion::getRuleId, PdfValidator::example, (first, second) -> first));
		for (Map.Entry<RuleId, Integer> check : result.getFailedChecks().entrySet()) {
			RuleId id = check.getKey();
			Rule rule = (result.getValidationProfile() != null) ? result.getValidationProfile().getRuleByRuleId(id)
					: null;
			String description = (rule != null) ? rule.getDescription() : "";
			failed.add(new FailedRule(profile, id.getClause(), id.getTestNumber(), description, check.getValue(),
					examples.get(id)));
		}
		if (failed.isEmpty() && !result.isCompliant()) {
			failed.add(new FailedRule(profile, "?", 0, "Not compliant, no failed rule reported", 1, null));
		}
		return failed;
	}

	private static String example(TestAssertion assertion) {
		String message = (assertion.getErrorMessage() != null) ? assertion.getErrorMessage() : "";
		String where = (assertion.getLocation() != null) ? assertion.getLocation().getContext() : null;
		return (where != null) ? message + " at " + where : message;
	}

	/** "PDF/A-2a", "PDF/UA-1" as people write them. */
	static String name(PDFAFlavour flavour) {
		if (flavour == null) {
			return "?";
		}
		return switch (flavour) {
			case PDFA_2_A -> "PDF/A-2a";
			case PDFUA_1 -> "PDF/UA-1";
			default -> flavour.toString();
		};
	}

	/**
	 * The outcome of one validation.
	 *
	 * @param failedRules every rule at least one check failed, by profile and clause;
	 * empty when valid
	 */
	public record Result(List<FailedRule> failedRules) {

		public Result {
			failedRules = List.copyOf(failedRules);
		}

		public boolean isValid() {
			return this.failedRules.isEmpty();
		}

		/**
		 * e.g. "PDF/UA-1 7.1-3 (2×): Content shall be marked as Artifact or tagged as
		 * real content"
		 */
		public String summary() {
			return this.failedRules.stream().map(FailedRule::toString).collect(Collectors.joining("; "));
		}

	}

	/**
	 * A rule of a profile that the PDF broke.
	 *
	 * @param profile "PDF/A-2a" or "PDF/UA-1"
	 * @param clause the clause of the standard, e.g. "6.2.11.4.2" or "7.1"
	 * @param test the test number within the clause (veraPDF's rule id is clause-test)
	 * @param description what the rule requires
	 * @param count how many checks of this rule failed
	 * @param example the first failure's message and location, may be null
	 */
	public record FailedRule(String profile, String clause, int test, String description, int count, String example) {

		public String ruleId() {
			return this.clause + "-" + this.test;
		}

		@Override
		public String toString() {
			return this.profile + " " + ruleId() + " (" + this.count + "×): " + this.description
					+ ((this.example != null && !this.example.isBlank()) ? " [" + this.example + "]" : "");
		}

	}

	/**
	 * veraPDF's one-time global setup; the JVM runs it once, on first use, thread-safely.
	 */
	private static final class VeraPdf {

		static final List<ValidationProfile> PROFILES;

		static {
			VeraGreenfieldFoundryProvider.initialise();
			PROFILES = List.copyOf(Profiles.getVeraProfileDirectory().getValidationProfilesByFlavours(FLAVOURS));
		}

		static void ensureInitialised() {
			// the class initialiser above has run by the time this body runs
		}

	}

}
