package se.arshjul.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StartupLockConfig {

	/** Static: a bean post-processor, created before the data source it watches for. */
	@Bean
	static StartupLock startupLock() {
		return new StartupLock();
	}

}
