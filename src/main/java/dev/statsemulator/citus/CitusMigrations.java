package dev.statsemulator.citus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds {@value #LOCATION} to Flyway's locations when (and only when) the database is a
 * PostgreSQL with the Citus extension installed: its scripts turn the schema into Citus
 * tables, distributed by workspace (see docs/scaling.md). H2 and plain PostgreSQL never
 * see them.
 */
@Component
class CitusMigrations implements FlywayConfigurationCustomizer {

	static final String LOCATION = "classpath:db/migration/citus";

	private static final Logger logger = LoggerFactory.getLogger(CitusMigrations.class);

	@Override
	public void customize(FluentConfiguration configuration) {
		if (!citusInstalled(configuration.getDataSource())) {
			return;
		}
		List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
		locations.add(new Location(LOCATION));
		configuration.locations(locations.toArray(Location[]::new));
		logger.info("The database has the Citus extension: the schema is distributed by workspace");
	}

	static boolean citusInstalled(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
				return false;
			}
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'citus'")) {
				return rs.next();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database to check for the Citus extension", ex);
		}
	}

}
