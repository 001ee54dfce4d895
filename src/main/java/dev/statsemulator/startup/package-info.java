/**
 * What happens before the service answers: checks of the data directory, and start-up
 * failures explained in one paragraph instead of a stack trace.
 */
package dev.statsemulator.startup;
