package dev.statsemulator.journal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks every secret a vendor call may carry before it is journaled: credential headers,
 * cookies, XSRF tokens, JSON members that hold keys, tokens or passwords (a Pushwoosh
 * {@code auth}, a Rocket.Chat login's password), the API key that opens a JSON-RPC call's
 * {@code params}, and a login form's password. It works on text, so a body cut at the
 * journal's limit is masked as well as a whole one.
 */
public final class SecretMasking {

	public static final String MASK = "***";

	private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
			"set-cookie", "x-auth-token", "x-xsrf-token", "x-csrf-token", "x-api-key", "api-key", "x-access-token");

	private static final Pattern SECRET_MEMBER = Pattern.compile(
			"(\"(?:auth|password|pass|api_key|apiKey|apikey|authToken|token|resume|digest|secret|access_token)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"?",
			Pattern.CASE_INSENSITIVE);

	/** The first member of a JSON-RPC call's params, GetResponse's API key. */
	private static final Pattern JSON_RPC_KEY = Pattern
		.compile("(\"params\"\\s*:\\s*\\[\\s*)\"(?:[^\"\\\\]|\\\\.)*\"?");

	private static final Pattern FORM_SECRET = Pattern
		.compile("((?:^|&)(?:password|j_password|pass|auth|api_key|token)=)[^&]*", Pattern.CASE_INSENSITIVE);

	/**
	 * Query parameters that carry a credential, whichever vendor a client thinks it
	 * calls.
	 */
	private static final Pattern QUERY_SECRET = Pattern.compile(
			"((?:^|&)(?:password|j_password|pass|auth|api_key|apikey|api-key|key|token|authToken|auth_token|"
					+ "access_token|x-auth-token|x-xsrf-token|_csrf|resume|secret|digest)=)[^&]*",
			Pattern.CASE_INSENSITIVE);

	private SecretMasking() {
	}

	/** The headers, names lower-cased, secret values masked (an auth scheme is kept). */
	public static Map<String, List<String>> headers(Map<String, List<String>> headers) {
		Map<String, List<String>> masked = new LinkedHashMap<>();
		headers.forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!SECRET_HEADERS.contains(lower)) {
				masked.put(lower, List.copyOf(values));
				return;
			}
			List<String> hidden = new ArrayList<>(values.size());
			for (String value : values) {
				hidden.add(maskHeaderValue(lower, value));
			}
			masked.put(lower, hidden);
		});
		return masked;
	}

	private static String maskHeaderValue(String name, String value) {
		if (name.endsWith("authorization")) {
			int space = value.trim().indexOf(' ');
			return (space > 0) ? value.trim().substring(0, space) + " " + MASK : MASK;
		}
		if (name.endsWith("cookie")) {
			// Cookie names say which session mechanism a client used; their values are
			// secrets.
			StringBuilder cookies = new StringBuilder();
			for (String cookie : value.split(";")) {
				int equals = cookie.indexOf('=');
				if (cookies.length() > 0) {
					cookies.append("; ");
				}
				cookies.append((equals >= 0) ? cookie.substring(0, equals).trim() + "=" + MASK : MASK);
			}
			return cookies.toString();
		}
		return MASK;
	}

	/**
	 * The raw query string with the values of credential parameters masked (names kept):
	 * {@code start=...&token=***}.
	 */
	public static String query(String query) {
		if (query == null || query.isEmpty()) {
			return query;
		}
		return QUERY_SECRET.matcher(query).replaceAll("$1" + MASK);
	}

	/** The body text with secrets masked: JSON members, a JSON-RPC key, form fields. */
	public static String body(String body) {
		if (body == null || body.isEmpty()) {
			return body;
		}
		String masked = SECRET_MEMBER.matcher(body).replaceAll("$1\"" + MASK + "\"");
		masked = JSON_RPC_KEY.matcher(masked).replaceAll("$1\"" + MASK + "\"");
		if (!masked.stripLeading().startsWith("{") && !masked.stripLeading().startsWith("[")) {
			masked = FORM_SECRET.matcher(masked).replaceAll("$1" + MASK);
		}
		return masked;
	}

}
