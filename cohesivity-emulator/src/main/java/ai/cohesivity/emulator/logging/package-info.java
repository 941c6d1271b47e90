/**
 * The runnable jar's logging: a small SLF4J provider that {@code EmulatorMain} selects by
 * name ({@code -Dslf4j.provider=ai.cohesivity.emulator.logging.ConsoleLogging}). It is
 * public because SLF4J instantiates it by reflection; it is not registered as a service
 * and is not API.
 */
@NullMarked
package ai.cohesivity.emulator.logging;

import org.jspecify.annotations.NullMarked;
