/**
 * JMH benchmarks and the load driver whose results go to {@code docs/benchmarks.md}.
 */
package ai.cohesivity.benchmarks;
