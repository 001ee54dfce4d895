package dev.statsemulator.tellody;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.statsemulator.clock.EmulatorClock;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class TellodyRememberMeServicesTests {

	private static final Instant NOW = Instant.parse("2024-08-03T12:00:00Z");

	private final TellodyCredentials credentials = mock(TellodyCredentials.class);

	private final TellodyRememberMeServices services = new TellodyRememberMeServices("key-1", this.credentials,
			frozen(NOW));

	private static final TellodyAccount ALICE = new TellodyAccount("shop", "alice", "alice@example.com", 123456);

	private static EmulatorClock frozen(Instant now) {
		EmulatorClock clock = new EmulatorClock();
		clock.freeze(now);
		return clock;
	}

	@Test
	void aSignedCookieNamesTheUserWhileItIsValid() {
		given(this.credentials.account("alice")).willReturn(Optional.of(ALICE));
		String cookie = this.services.sign("shop", "alice", NOW.toEpochMilli() + 1000);
		assertThat(this.services.verify(cookie))
			.isEqualTo(new TellodyUser("shop", "alice", "alice@example.com", 123456));
	}

	@Test
	void forgedExpiredOrStaleCookiesNameNobody() {
		given(this.credentials.account("alice")).willReturn(Optional.of(ALICE));
		String cookie = this.services.sign("shop", "alice", NOW.toEpochMilli() + 1000);
		// another key
		assertThat(new TellodyRememberMeServices("key-2", this.credentials, frozen(NOW)).verify(cookie)).isNull();
		// a changed expiry under the old signature
		String[] parts = cookie.split("\\.");
		assertThat(
				this.services.verify(parts[0] + "." + parts[1] + "." + (NOW.toEpochMilli() + 99_999) + "." + parts[3]))
			.isNull();
		// expired
		assertThat(this.services.verify(this.services.sign("shop", "alice", NOW.toEpochMilli() - 1))).isNull();
		// the user now belongs to another workspace
		assertThat(this.services.verify(this.services.sign("other", "alice", NOW.toEpochMilli() + 1000))).isNull();
		// the user is gone
		assertThat(this.services.verify(this.services.sign("shop", "bob", NOW.toEpochMilli() + 1000))).isNull();
		// garbage
		assertThat(this.services.verify("not-a-cookie")).isNull();
		assertThat(this.services.verify("a.b.c.%%%")).isNull();
	}

	@Test
	void aLoginSetsTheCookieOnlyWhenAskedTo() {
		UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken
			.authenticated(TellodyUser.of(ALICE), null, TellodyAuthenticationProvider.AUTHORITIES);
		for (String no : new String[] { null, "false", "off", "0" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/CampaignCloud/login");
			request.setParameter("remember-me", no);
			MockHttpServletResponse response = new MockHttpServletResponse();
			this.services.loginSuccess(request, response, login);
			assertThat(response.getCookie("remember-me")).as(no).isNull();
		}
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/CampaignCloud/login");
		request.setParameter("remember-me", "TRUE");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.services.loginSuccess(request, response, login);
		assertThat(response.getCookie("remember-me").getPath()).isEqualTo("/CampaignCloud");
		assertThat(response.getCookie("remember-me").getMaxAge()).isEqualTo(14 * 24 * 3600);
		given(this.credentials.account("alice")).willReturn(Optional.of(ALICE));
		assertThat(this.services.verify(response.getCookie("remember-me").getValue())).isEqualTo(TellodyUser.of(ALICE));
	}

}
