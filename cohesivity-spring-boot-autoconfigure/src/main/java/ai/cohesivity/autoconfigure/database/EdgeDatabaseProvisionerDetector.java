/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.database;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * A {@link DatabaseInitializerDetector} for the {@link EdgeDatabaseProvisioner}:
 * provisioning makes the edge database exist, so it is the first step of its
 * initialization. Ordered before the script initializer's detector, which makes the
 * script initializer bean depend on the provisioner bean (and every bean that depends on
 * database initialization depend on both).
 */
class EdgeDatabaseProvisionerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(EdgeDatabaseProvisioner.class);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 200;
	}

}
