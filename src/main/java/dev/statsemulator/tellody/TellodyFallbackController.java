package dev.statsemulator.tellody;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever else arrives under /CampaignCloud: a known endpoint called with the wrong
 * method (405) or an unknown one (404), answered in Tellody's error shape with the
 * endpoints the emulator serves.
 */
@RestController
class TellodyFallbackController {

	/** The endpoints and their one method. */
	static final Map<String, String> ENDPOINTS = Map.of(TellodySecurityConfiguration.PING, "GET",
			TellodySecurityConfiguration.LOGIN, "POST", "/CampaignCloud/UserInfo", "GET",
			"/CampaignCloud/" + TellodyReportController.CONTACT_CHART, "POST",
			"/CampaignCloud/" + TellodyReportController.UNIQUE_CODE, "POST");

	private static final String SERVED = "GET " + TellodySecurityConfiguration.PING + ", POST "
			+ TellodySecurityConfiguration.LOGIN + ", GET /CampaignCloud/UserInfo, POST /CampaignCloud/"
			+ TellodyReportController.CONTACT_CHART + ", POST /CampaignCloud/" + TellodyReportController.UNIQUE_CODE;

	@RequestMapping("/CampaignCloud/**")
	ResponseEntity<TellodyError> fallback(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String method = ENDPOINTS.get(path);
		if (method != null) {
			return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, method)
				.body(TellodyError.of(request.getMethod() + " is not supported by " + path + "; use " + method));
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(TellodyError.of("No Tellody endpoint " + path + "; the emulator serves " + SERVED));
	}

}
