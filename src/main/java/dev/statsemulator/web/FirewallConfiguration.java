package dev.statsemulator.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The application's one handler for requests the firewall rejects: the first
 * {@link RejectedRequestAnswer} that answers the path writes the answer, else the default
 * does.
 */
@Configuration(proxyBeanMethods = false)
class FirewallConfiguration {

	@Bean
	RequestRejectedHandler requestRejectedHandler(ObjectProvider<RejectedRequestAnswer> answers) {
		RequestRejectedHandler fallback = new HttpStatusRequestRejectedHandler();
		return (request, response, ex) -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			List<RejectedRequestAnswer> candidates = answers.orderedStream().toList();
			for (RejectedRequestAnswer answer : candidates) {
				if (answer.answers(path)) {
					answer.write(request, response);
					return;
				}
			}
			fallback.handle(request, response, ex);
		};
	}

}
