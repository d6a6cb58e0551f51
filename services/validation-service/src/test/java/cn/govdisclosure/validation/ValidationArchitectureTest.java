package cn.govdisclosure.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps dependencies one-way: the adapters (web, messaging) use the domain (run, history, format), never the
 * reverse; within the domain, runs use the history and formats, the history uses formats.
 */
class ValidationArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.govdisclosure.validation");

    @Test
    void adaptersDependOnTheDomainAndNeverOnEachOther() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("web").definedBy("..validation.web..")
                .layer("messaging").definedBy("..validation.messaging..")
                .layer("config").definedBy("..validation.config..")
                .layer("domain").definedBy("..validation.run..", "..validation.history..", "..validation.format..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("config").mayNotBeAccessedByAnyLayer()
                .whereLayer("domain").mayOnlyBeAccessedByLayers("web", "messaging")
                .check(SERVICE);
    }

    @Test
    void theDomainKnowsNeitherKafkaNorHttp() {
        noClasses().that().resideInAnyPackage("..validation.run..", "..validation.history..", "..validation.format..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                        "cn.govdisclosure.support..")
                .check(SERVICE);
    }

    @Test
    void theFormatCatalogueKnowsNothingOfValidationRunsOrHistory() {
        noClasses().that().resideInAPackage("..validation.format..")
                .should().dependOnClassesThat().resideInAnyPackage("..validation.run..", "..validation.history..")
                .check(SERVICE);
    }

    @Test
    void theHistoryKnowsNothingOfValidationRuns() {
        noClasses().that().resideInAPackage("..validation.history..")
                .should().dependOnClassesThat().resideInAPackage("..validation.run..")
                .check(SERVICE);
    }
}
