package se.arshjul.system;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors. {@code /api} and {@code /engine-rest} need a user: HTTP Basic against the
 * Camunda identity service, or the Camunda webapp session (with its CSRF token).
 * Everything else (the webapps, the login page, static files) is guarded by Camunda's own
 * webapp security. Both answer with the security headers (nosniff, frame options,
 * referrer policy, Content-Security-Policy).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String REALM = "Arshjul";

	/**
	 * {@code /api} and {@code /engine-rest} answer data, not pages: nothing may load or
	 * run, except the inline stylesheet of the HTML version of a tjänsteutlåtande. PDFs
	 * go without, so that browsers' PDF viewers show them.
	 */
	static final String API_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
			+ "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

	/**
	 * Årshjul's own pages (the editor): scripts, styles and requests from this origin
	 * only.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

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
			.headers((headers) -> headers(headers, API_POLICY, (request) -> !isPdf(request)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// the Camunda webapps protect themselves with their own session login and
			// CSRF filter, and set their own Content-Security-Policy (with a nonce)
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers(headers, PAGE_POLICY, (request) -> !isCamundaWebapp(request)));
		return http.build();
	}

	/** Addresses the firewall refuses get a problem detail in Swedish. */
	@Bean
	WebSecurityCustomizer rejectedRequests() {
		return (web) -> web.requestRejectedHandler(new RequestRejections.Firewall());
	}

	/**
	 * {@code /api}, its OpenAPI description and {@code /engine-rest}, matched on the
	 * whole path: the engine REST API is another servlet.
	 */
	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/") || path.equals("/engine-rest")
				|| path.startsWith("/engine-rest/") || path.startsWith("/v3/api-docs");
	}

	private static boolean isPdf(HttpServletRequest request) {
		return request.getRequestURI().endsWith("/pdf");
	}

	private static boolean isCamundaWebapp(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
	}

	/**
	 * nosniff, frames only from the same origin, no referrer to other sites, and a
	 * Content-Security-Policy where {@code policyApplies}.
	 */
	private static void headers(HeadersConfigurer<HttpSecurity> headers, String policy, RequestMatcher policyApplies) {
		headers.contentTypeOptions(Customizer.withDefaults())
			.frameOptions((frame) -> frame.sameOrigin())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(policyApplies,
					new ContentSecurityPolicyHeaderWriter(policy)));
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
