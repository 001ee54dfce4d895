package dev.statsemulator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture, verified: features by package, vendors as independent lenses, one
 * place for calendar arithmetic.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.statsemulator");

	private static final String[] SHARED = { "dev.statsemulator.workspace..", "dev.statsemulator.eventstore..",
			"dev.statsemulator.aggregation..", "dev.statsemulator.clock..", "dev.statsemulator.generator.." };

	private static final String[] VENDORS = { "dev.statsemulator.tellody..", "dev.statsemulator.getresponse..",
			"dev.statsemulator.rocketchat..", "dev.statsemulator.pushwoosh.." };

	@Test
	void featuresHaveNoCycles() {
		slices().matching("dev.statsemulator.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void vendorLensesNeverDependOnEachOther() {
		for (String vendor : VENDORS) {
			noClasses().that()
				.resideInAPackage(vendor)
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(
						Arrays.stream(VENDORS).filter((other) -> !other.equals(vendor)).toArray(String[]::new))
				.check(CLASSES);
		}
	}

	@Test
	void sharedFeaturesKnowNothingOfVendorsOrTheControlApi() {
		noClasses().that()
			.resideInAnyPackage(SHARED)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(VENDORS, "dev.statsemulator.control..", "dev.statsemulator.web.."))
			.check(CLASSES);
	}

	@Test
	void onlyTheAggregationPackageDoesCalendarArithmetic() {
		Set<Class<?>> calendarTypes = Set.of(LocalDate.class, LocalDateTime.class, ZonedDateTime.class,
				OffsetDateTime.class);
		DescribedPredicate<JavaCall<?>> calendarArithmetic = DescribedPredicate.describe(
				"calendar arithmetic (plus/minus/with/truncatedTo on local or zoned date-times, TemporalAdjusters)",
				(call) -> call.getTargetOwner().isEquivalentTo(TemporalAdjusters.class)
						|| (calendarTypes.stream().anyMatch((type) -> call.getTargetOwner().isEquivalentTo(type))
								&& call.getName().matches("(plus|minus|with|truncatedTo).*")));
		noClasses().that()
			.resideOutsideOfPackage("dev.statsemulator.aggregation..")
			.should()
			.callCodeUnitWhere(calendarArithmetic)
			.because("time bucketing lives in one place, TimeBucketer")
			.check(CLASSES);
	}

	@Test
	void onlyTheAggregationPackageDoesDayArithmeticOnInstants() {
		Set<String> calendarUnits = Set.of("DAYS", "WEEKS", "MONTHS", "YEARS", "DECADES", "CENTURIES");
		DescribedPredicate<JavaCall<?>> dayDurations = DescribedPredicate.describe(
				"days as durations (Duration.ofDays/toDays, Period)",
				(call) -> (call.getTargetOwner().isEquivalentTo(Duration.class)
						&& call.getName().matches("(of|to)Days.*"))
						|| call.getTargetOwner().isEquivalentTo(Period.class));
		DescribedPredicate<JavaFieldAccess> calendarUnit = DescribedPredicate.describe(
				"calendar units (ChronoUnit.DAYS and longer, as in Instant.plus(1, DAYS))",
				(access) -> access.getTargetOwner().isEquivalentTo(ChronoUnit.class)
						&& calendarUnits.contains(access.getName()));
		noClasses().that()
			.resideOutsideOfPackage("dev.statsemulator.aggregation..")
			.should()
			.callCodeUnitWhere(dayDurations)
			.orShould()
			.accessFieldWhere(calendarUnit)
			.because("days are calendar units: TimeBucketer.plusLocalDays, or TimeBucketer.exactDays for 24-hour days")
			.check(CLASSES);
	}

	@Test
	void repositoriesAreInternalToTheirFeature() {
		classes().that().areAnnotatedWith(Repository.class).should().notBePublic().check(CLASSES);
	}

	@Test
	void requestsEnterOnlyThroughControlAndVendorPackages() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAnyPackage(concat(VENDORS, "dev.statsemulator.control..", "dev.statsemulator.dashboard..",
					"dev.statsemulator.web.."))
			.andShould()
			.notBePublic()
			.check(CLASSES);
	}

	private static String[] concat(String[] packages, String... more) {
		return Stream.concat(Arrays.stream(packages), Arrays.stream(more)).toArray(String[]::new);
	}

}
