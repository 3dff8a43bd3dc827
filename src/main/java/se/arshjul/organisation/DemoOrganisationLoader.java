package se.arshjul.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads Hägersten-Liljeholmens stadsdelsförvaltning, its units and the demo users, once.
 * Only in the demo profile ({@code arshjul.demo.enabled}).
 */
@Component
@Order(10)
@ConditionalOnProperty("arshjul.demo.enabled")
class DemoOrganisationLoader implements ApplicationRunner {

	static final String ADMINISTRATION_ID = "hagersten-liljeholmen";

	private static final Logger logger = LoggerFactory.getLogger(DemoOrganisationLoader.class);

	private final AdministrationRepository administrations;

	private final UnitRepository units;

	private final PersonRepository people;

	DemoOrganisationLoader(AdministrationRepository administrations, UnitRepository units, PersonRepository people) {
		this.administrations = administrations;
		this.units = units;
		this.people = people;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.administrations.existsById(ADMINISTRATION_ID)) {
			return;
		}
		logger.info("Laddar demoorganisationen {}", ADMINISTRATION_ID);
		this.administrations.save(new Administration(ADMINISTRATION_ID, "Hägersten-Liljeholmens stadsdelsförvaltning",
				"Hägersten-Liljeholmens stadsdelsnämnd"));
		this.units.save(new Unit("assistansenheten", ADMINISTRATION_ID, "Assistansenheten"));
		this.units.save(new Unit("bestallarenheten-funktionsnedsattning", ADMINISTRATION_ID,
				"Beställarenheten funktionsnedsättning"));
		this.units.save(new Unit("bestallarenheten-aldre", ADMINISTRATION_ID, "Beställarenheten äldre"));

		person("handlaggare", "Hanna", "Lind", "08-508 23 101", Role.HANDLAGGARE, "assistansenheten");
		person("enhetschef", "Erik", "Sandberg", "08-508 23 102", Role.ENHETSCHEF, "assistansenheten");
		person("handlaggare2", "Hassan", "Ali", "08-508 23 201", Role.HANDLAGGARE, "bestallarenheten-aldre");
		person("enhetschef2", "Eva", "Holm", "08-508 23 202", Role.ENHETSCHEF, "bestallarenheten-aldre");
		person("controller", "Cecilia", "Berg", "08-508 23 301", Role.FORVALTNING, ADMINISTRATION_ID);
		person("namndsekreterare", "Nils", "Ek", "08-508 23 401", Role.NAMNDSEKRETERARE, ADMINISTRATION_ID);
		person("admin", "Admin", "Årshjul", null, Role.ADMIN, ADMINISTRATION_ID);
	}

	private void person(String id, String first, String last, String phone, Role role, String scopeId) {
		Person person = new Person(id, first, last, id + "@arshjul.example", phone);
		person.grant(role, scopeId);
		this.people.save(person);
	}

}
