package dev.statsemulator.tellody;

/**
 * UserInfo's answer.
 *
 * @param username login name
 * @param creditsSpent one credit per SMS or email attempt ({@code sent} on those
 * channels) of the workspace, up to now
 * @param creditsAvailable what is left of the workspace's credit bundle
 * @param userId the user's numeric id
 * @param email the user's address
 */
record UserInfoResponse(String username, long creditsSpent, long creditsAvailable, long userId, String email) {
}
