package dev.statsemulator.generator;

/**
 * What a generation stored.
 *
 * @param events events generated
 * @param stored events stored (the rest were already there from an earlier identical
 * generation)
 * @param messages messages registered in the catalogue
 */
public record GenerationResult(long events, long stored, int messages) {
}
