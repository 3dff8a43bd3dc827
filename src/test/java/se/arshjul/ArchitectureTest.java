package se.arshjul;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the packages by capability honest, and the engine in its corner. */
@AnalyzeClasses(packages = "se.arshjul", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule capabilitiesHaveNoCycles = slices().matching("se.arshjul.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule engineCodeStaysInProcessAndSystem = noClasses().that()
		.resideOutsideOfPackages("se.arshjul.process..", "se.arshjul.system..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.camunda..");

	@ArchTest
	static final ArchRule renderingKnowsNothingOfDocumentsOrProcesses = noClasses().that()
		.resideInAPackage("se.arshjul.rendering..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("se.arshjul.document..", "se.arshjul.process..", "se.arshjul.organisation..");

	@ArchTest
	static final ArchRule organisationDependsOnNoOtherCapability = noClasses().that()
		.resideInAPackage("se.arshjul.organisation..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("se.arshjul.document..", "se.arshjul.process..", "se.arshjul.rendering..");

}
