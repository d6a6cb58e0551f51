package cn.govdisclosure.submission;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps dependencies one-way: the adapters (web, messaging) use the command and query sides; the command side,
 * where decisions are made, knows neither the read models nor HTTP nor Kafka.
 */
class SubmissionArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.govdisclosure.submission");

    @Test
    void theCommandSideKnowsNeitherReadModelsNorAdapters() {
        noClasses().that().resideInAPackage("..submission..command..")
                .should().dependOnClassesThat().resideInAnyPackage("..submission..query..", "..submission..web..",
                        "..submission..messaging..", "org.apache.kafka..", "org.springframework.kafka..",
                        "org.springframework.web..", "org.springframework.jdbc..", "cn.govdisclosure.support..")
                .check(SERVICE);
    }

    @Test
    void theQuerySideKnowsNoAdapters() {
        noClasses().that().resideInAPackage("..submission..query..")
                .should().dependOnClassesThat().resideInAnyPackage("..submission..web..", "..submission..messaging..",
                        "org.apache.kafka..", "org.springframework.kafka..", "org.springframework.web..")
                .check(SERVICE);
    }

    @Test
    void adaptersDoNotUseEachOther() {
        noClasses().that().resideInAPackage("..submission..web..")
                .should().dependOnClassesThat().resideInAPackage("..submission..messaging..")
                .check(SERVICE);
        noClasses().that().resideInAPackage("..submission..messaging..")
                .should().dependOnClassesThat().resideInAPackage("..submission..web..")
                .check(SERVICE);
    }

    @Test
    void aggregatesAreNotSpringBeans() {
        noClasses().that().resideInAPackage("..submission..command..")
                .should().beAnnotatedWith(org.springframework.stereotype.Component.class)
                .check(SERVICE);
    }
}
