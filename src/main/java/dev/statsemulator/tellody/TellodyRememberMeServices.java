package dev.statsemulator.tellody;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.clock.EmulatorClock;

import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.RememberMeServices;

/**
 * Tellody's "remember-me": a login with {@code remember-me=true} gets a signed cookie
 * that logs the same user in again when its session is gone.
 * <p>
 * The cookie names the workspace, the username and an expiry, signed with HMAC-SHA256
 * under a key held in memory. On auto-login the user must still exist in that workspace;
 * a restart of the emulator (a new key) ends every remember-me login.
 */
class TellodyRememberMeServices implements RememberMeServices {

	static final String COOKIE = "remember-me";

	static final String PARAMETER = "remember-me";

	/** How a form's remember-me field may say yes (as Spring Security reads it). */
	static final Set<String> YES = Set.of("true", "on", "yes", "1");

	/** How it may say no. */
	static final Set<String> NO = Set.of("false", "off", "no", "0", "");

	static final Duration VALIDITY = TimeBucketer.exactDays(14);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final String key;

	private final TellodyCredentials credentials;

	/** The emulator's "now": a frozen clock also decides when cookies expire. */
	private final EmulatorClock clock;

	TellodyRememberMeServices(String key, TellodyCredentials credentials, EmulatorClock clock) {
		this.key = key;
		this.credentials = credentials;
		this.clock = clock;
	}

	/** The key that signs cookies and the remember-me authentications. */
	String key() {
		return this.key;
	}

	/**
	 * The user the request's remember-me cookie stands for, without logging in or
	 * touching the response; null without a valid cookie.
	 */
	TellodyUser userOf(HttpServletRequest request) {
		String value = cookieValue(request);
		return (value != null) ? verify(value) : null;
	}

	@Override
	public Authentication autoLogin(HttpServletRequest request, HttpServletResponse response) {
		String value = cookieValue(request);
		if (value == null) {
			return null;
		}
		TellodyUser user = verify(value);
		if (user == null) {
			clearCookie(request, response);
			return null;
		}
		return new RememberMeAuthenticationToken(this.key, user, TellodyAuthenticationProvider.AUTHORITIES);
	}

	@Override
	public void loginFail(HttpServletRequest request, HttpServletResponse response) {
		clearCookie(request, response);
	}

	@Override
	public void loginSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication successfulAuthentication) {
		String wanted = request.getParameter(PARAMETER);
		if (wanted == null || !YES.contains(wanted.trim().toLowerCase(Locale.ROOT))
				|| !(successfulAuthentication.getPrincipal() instanceof TellodyUser user)) {
			return;
		}
		long expires = this.clock.now().toEpochMilli() + VALIDITY.toMillis();
		Cookie cookie = new Cookie(COOKIE, sign(user.workspaceId(), user.username(), expires));
		cookie.setMaxAge((int) VALIDITY.toSeconds());
		configure(cookie, request);
		response.addCookie(cookie);
	}

	/** The cookie value for a user: workspace, username and expiry, signed. */
	String sign(String workspaceId, String username, long expiresAtMillis) {
		String payload = encode(workspaceId) + "." + encode(username) + "." + expiresAtMillis;
		return payload + "." + ENCODER.encodeToString(hmac(payload));
	}

	/** The user a cookie value stands for, or null if it is forged, expired or stale. */
	TellodyUser verify(String value) {
		String[] parts = value.split("\\.");
		if (parts.length != 4) {
			return null;
		}
		String payload = parts[0] + "." + parts[1] + "." + parts[2];
		byte[] signature;
		long expires;
		String workspaceId;
		String username;
		try {
			signature = DECODER.decode(parts[3]);
			expires = Long.parseLong(parts[2]);
			workspaceId = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
			username = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (!MessageDigest.isEqual(signature, hmac(payload)) || expires < this.clock.now().toEpochMilli()) {
			return null;
		}
		return this.credentials.account(username)
			.filter((account) -> account.workspaceId().equals(workspaceId))
			.map(TellodyUser::of)
			.orElse(null);
	}

	private byte[] hmac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static String encode(String value) {
		return ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	private static String cookieValue(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static void clearCookie(HttpServletRequest request, HttpServletResponse response) {
		Cookie cookie = new Cookie(COOKIE, "");
		cookie.setMaxAge(0);
		configure(cookie, request);
		response.addCookie(cookie);
	}

	private static void configure(Cookie cookie, HttpServletRequest request) {
		cookie.setPath(request.getContextPath() + "/CampaignCloud");
		cookie.setHttpOnly(true);
		// Lax: a page on another site cannot make the browser send it with a cross-site
		// POST.
		cookie.setAttribute("SameSite", "Lax");
		cookie.setSecure(request.isSecure());
	}

}
