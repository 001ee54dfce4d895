package dev.statsemulator.eventstore;

/**
 * How often one exact link of one message was clicked.
 *
 * @param message the message id (Pushwoosh message code)
 * @param link the clicked URL, exactly as stored
 * @param clicks how many click events
 * @param messageTemplate the catalogue template of the message, or null
 */
public record LinkClicks(String message, String link, long clicks, String messageTemplate) {
}
