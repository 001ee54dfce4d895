package dev.statsemulator.calls;

import java.util.List;

import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.faults.FaultInjection;
import dev.statsemulator.journal.RequestJournal;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link VendorCallFilter} in front of Spring Security, so a call's journal entry
 * holds the status its vendor chain answered, and an injected failure never reaches the
 * vendor's code.
 */
@Configuration(proxyBeanMethods = false)
class VendorCallConfiguration {

	@Bean
	FilterRegistrationBean<VendorCallFilter> vendorCallFilter(List<VendorApi> apis, RequestJournal journal,
			FaultInjection faults, EmulatorClock clock) {
		FilterRegistrationBean<VendorCallFilter> registration = new FilterRegistrationBean<>(
				new VendorCallFilter(apis, journal, faults, clock));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
