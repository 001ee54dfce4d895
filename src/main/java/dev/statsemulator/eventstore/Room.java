package dev.statsemulator.eventstore;

import java.util.Set;

/**
 * A chat room.
 *
 * @param id room id
 * @param name room name
 * @param type c (public channel), p (private group), d (direct), l (livechat)
 */
public record Room(String id, String name, String type) {

	public static final Set<String> TYPES = Set.of("c", "p", "d", "l");

}
