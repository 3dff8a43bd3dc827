package se.arshjul.system;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Årshjul's own pages (the draft editor answers at {@code /editor/}), the size limit of
 * {@code /api} bodies, the check of its query parameters, and the server's own error
 * reports as problem details.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/editor/").setViewName("forward:/editor/index.html");
	}

	/** Before everything else, so that a too large body is not even authenticated. */
	@Bean
	FilterRegistrationBean<RequestSizeLimit> requestSizeLimit() {
		FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit());
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<QueryParameterCheck> queryParameterCheck() {
		FilterRegistrationBean<QueryParameterCheck> registration = new FilterRegistrationBean<>(
				new QueryParameterCheck());
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	ProblemReports problemReports() {
		return new ProblemReports();
	}

	/**
	 * Puts {@link RequestRejections.ProblemReportValve} where Tomcat's error report valve
	 * was; after Spring Boot's own customizer, which adds one.
	 */
	static class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				StandardHost host = (StandardHost) context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.setErrorReportValveClass(RequestRejections.ProblemReportValve.class.getName());
				host.getPipeline().addValve(new RequestRejections.ProblemReportValve());
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
