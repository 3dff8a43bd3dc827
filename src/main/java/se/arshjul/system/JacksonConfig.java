package se.arshjul.system;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How {@code /api} reads request bodies, besides {@code spring.jackson.*}: an unknown
 * field, a fraction where a whole number belongs, a control character in a text, each is
 * refused naming the field (see {@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class JacksonConfig {

	@Bean
	Module plainText() {
		return new SimpleModule("plain-text").addDeserializer(String.class, new PlainTextDeserializer());
	}

}
