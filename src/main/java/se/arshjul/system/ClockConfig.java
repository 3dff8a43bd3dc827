package se.arshjul.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

	/** Swedish municipal time: dates and deadlines are in Europe/Stockholm. */
	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@Bean
	Clock clock() {
		return Clock.system(STOCKHOLM);
	}

}
