package dev.statsemulator.tellody;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The ping's body (the vendor documents only its X-XSRF-TOKEN header): whether the
 * session is logged in, by login or by remember-me cookie.
 *
 * @param authenticated whether the session is logged in
 * @param username the logged-in user, absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PingResponse(boolean authenticated, String username) {
}
