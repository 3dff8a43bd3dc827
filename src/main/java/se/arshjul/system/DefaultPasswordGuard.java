package se.arshjul.system;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, refuses to start while any user can log in with the demo
 * password or with their user name as password (what Camunda gives
 * {@code camunda.bpm.admin-user} when no password is set): a database that ran the demo,
 * or a forgotten default admin, must not go live. Runs once the engine is built, before
 * the web server takes requests. Passwords are compared with the stored hashes, not by
 * logging in, so the check locks no one out.
 */
@Component
class DefaultPasswordGuard implements SmartInitializingSingleton {

	static final String DEMO_PROFILE = "demo";

	static final String DEMO_PASSWORD = "demo";

	private static final Logger logger = LoggerFactory.getLogger(DefaultPasswordGuard.class);

	private final ProcessEngineConfigurationImpl engine;

	private final Environment environment;

	DefaultPasswordGuard(ProcessEngineConfigurationImpl engine, Environment environment) {
		this.engine = engine;
		this.environment = environment;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
			return;
		}
		List<String> users = usersWithDefaultPassword();
		if (!users.isEmpty()) {
			String message = message(users);
			logger.error(message);
			throw new IllegalStateException(message);
		}
	}

	List<String> usersWithDefaultPassword() {
		return this.engine.getIdentityService()
			.createUserQuery()
			.list()
			.stream()
			.filter((user) -> user instanceof UserEntity entity && hasDefaultPassword(entity))
			.map(User::getId)
			.sorted()
			.toList();
	}

	private boolean hasDefaultPassword(UserEntity user) {
		return user.getPassword() != null && Stream.of(DEMO_PASSWORD, user.getId())
			.anyMatch((candidate) -> this.engine.getPasswordManager()
				.check(EncryptionUtil.saltPassword(candidate, user.getSalt()), user.getPassword()));
	}

	static String message(List<String> users) {
		String names = String.join(", ", users);
		return "Årshjul startar inte: utanför demoprofilen får ingen användare ha demolösenordet (\"demo\") eller "
				+ "sitt användarnamn som lösenord, men det har dessa användare: " + names
				+ ". Byt deras lösenord eller ta bort dem i "
				+ "Camunda Admin (en databas som har kört demon startar med profilen demo; logga in som admin) och "
				+ "starta sedan om utan demoprofilen. | Årshjul will not start: outside the demo profile no user may "
				+ "have the demo password (\"demo\") or their user name as password, but these users do: " + names
				+ ". Change "
				+ "their passwords or remove them in Camunda Admin (a database that ran the demo starts with the demo "
				+ "profile; log in as admin), then restart without the demo profile.";
	}

}
