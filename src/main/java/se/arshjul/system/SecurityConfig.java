package se.arshjul.system;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors. {@code /api} and {@code /engine-rest} need a user: HTTP Basic against the
 * Camunda identity service, or the Camunda webapp session (with its CSRF token).
 * Everything else (the webapps, the login page, static files) is guarded by Camunda's own
 * webapp security.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String REALM = "Arshjul";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider identity)
			throws Exception {
		http.securityMatcher(SecurityConfig::isApi)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.authenticationProvider(identity)
			.addFilterBefore(new CamundaSessionAuthenticationFilter("default"), BasicAuthenticationFilter.class)
			.addFilterBefore(new DatabaseUnavailableFilter(),
					org.springframework.security.web.session.DisableEncodeUrlFilter.class)
			.httpBasic((basic) -> basic.realmName(REALM).authenticationEntryPoint(this::unauthorized))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this::unauthorized)
				.accessDeniedHandler((request, response, denied) -> ProblemResponses.write(response, 403,
						"Åtkomst nekad", "Du saknar behörighet för detta")))
			// a call with the webapp session must keep its id: a new one would fail the
			// webapp's own requests still under way (401) and log the user out
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation((fixation) -> fixation.none()))
			.requestCache((cache) -> cache.disable())
			// Basic requests carry no ambient credentials; session requests are checked
			// by the session filter
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityConfig::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// the Camunda webapps protect themselves with their own session login and
			// CSRF filter
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityConfig::headers);
		return http.build();
	}

	/**
	 * {@code /api}, its OpenAPI description and {@code /engine-rest}, matched on the
	 * whole path: the engine REST API is another servlet.
	 */
	static boolean isApi(jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/") || path.equals("/engine-rest")
				|| path.startsWith("/engine-rest/") || path.startsWith("/v3/api-docs");
	}

	private static void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.frameOptions((frame) -> frame.sameOrigin())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
	}

	private void unauthorized(jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response,
			org.springframework.security.core.AuthenticationException ex) throws java.io.IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		ProblemResponses.write(response, 401, "Inloggning krävs",
				"Logga in med användarnamn och lösenord (HTTP Basic) eller via Tasklist");
	}

	/**
	 * Tells the engine who calls {@code /engine-rest}: the user Spring Security
	 * authenticated, with their groups, so that Camunda's authorizations apply to every
	 * REST call.
	 */
	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.addUrlPatterns("/engine-rest/*");
		registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
		registration.addInitParameter("rest-url-pattern-prefix", "/engine-rest");
		registration.setName("camunda-engine-rest-authentication");
		registration.setOrder(10);
		return registration;
	}

}
