package dev.statsemulator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
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
class ModularityTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.statsemulator");

	private static final String[] SHARED = { "dev.statsemulator.workspace..", "dev.statsemulator.eventstore..",
			"dev.statsemulator.aggregation..", "dev.statsemulator.clock..", "dev.statsemulator.generator.." };

	@Test
	void featuresHaveNoCycles() {
		slices().matching("dev.statsemulator.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void vendorLensesNeverDependOnEachOther() {
		slices().matching("dev.statsemulator.vendor.(*)..")
			.should()
			.notDependOnEachOther()
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void sharedFeaturesKnowNothingOfVendorsOrTheControlApi() {
		noClasses().that()
			.resideInAnyPackage(SHARED)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.statsemulator.vendor..", "dev.statsemulator.control..", "dev.statsemulator.web..")
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
	void repositoriesAreInternalToTheirFeature() {
		classes().that().areAnnotatedWith(Repository.class).should().notBePublic().check(CLASSES);
	}

	@Test
	void requestsEnterOnlyThroughControlAndVendorPackages() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAnyPackage("dev.statsemulator.control..", "dev.statsemulator.vendor..")
			.andShould()
			.notBePublic()
			.check(CLASSES);
	}

}
