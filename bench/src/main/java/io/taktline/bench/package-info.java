/**
 * Benchmarks of Taktline's hot paths, as plain harnesses with a main each. Every harness runs its
 * baseline in the same invocation and prints the ratio, because the machines it runs on are shared
 * and noisy: absolute figures from two runs are not comparable, ratios mostly are.
 */
package io.taktline.bench;
