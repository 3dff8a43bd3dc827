package se.arshjul.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.arshjul.cascade.CascadeService;
import se.arshjul.importing.PlanImporter;
import se.arshjul.organisation.OrganisationService;
import se.arshjul.plan.DirectionGoal;

/**
 * Gives Hägersten-Liljeholmen a cascade for 2026 to 2028, where it has none, from the
 * central levels of Assistansenheten's 2017 plan. Only in the demo profile
 * ({@code arshjul.demo.enabled}), after the demo organisation is loaded.
 * <p>
 * It lives outside {@code se.arshjul.cascade} because it reads the seed with the
 * importer, and the importing capability (its web API) depends on documents, which depend
 * on the cascade: kept in the cascade package it would close a cycle between the
 * capabilities.
 */
@Component
@Order(15)
@ConditionalOnProperty("arshjul.demo.enabled")
class DemoCascadeLoader implements ApplicationRunner {

	static final String ADMINISTRATION_ID = "hagersten-liljeholmen";

	static final int FIRST_YEAR = 2026;

	static final int LAST_YEAR = 2028;

	static final String SEED = "demo/vp-2017-assistansenheten.txt";

	private static final Logger logger = LoggerFactory.getLogger(DemoCascadeLoader.class);

	private final CascadeService cascades;

	private final PlanImporter importer;

	private final OrganisationService organisation;

	DemoCascadeLoader(CascadeService cascades, PlanImporter importer, OrganisationService organisation) {
		this.cascades = cascades;
		this.importer = importer;
		this.organisation = organisation;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.organisation.findAdministration(ADMINISTRATION_ID).isEmpty()) {
			return;
		}
		List<DirectionGoal> cascade = null;
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			if (this.cascades.find(ADMINISTRATION_ID, year).isPresent()) {
				continue;
			}
			if (cascade == null) {
				cascade = CascadeService.centralLevels(this.importer.parse(seed()).content().directionGoals());
			}
			logger.info("Laddar demomålkedjan för {} {}", ADMINISTRATION_ID, year);
			this.cascades.save(ADMINISTRATION_ID, year, cascade, "system");
		}
	}

	private static String seed() {
		try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + SEED, ex);
		}
	}

}
