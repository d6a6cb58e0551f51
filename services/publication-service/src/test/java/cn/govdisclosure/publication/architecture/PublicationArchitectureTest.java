package cn.govdisclosure.publication.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies run one way: the adapters (web, messaging) use the command and query sides, never the reverse. */
@AnalyzeClasses(packages = "cn.govdisclosure.publication", importOptions = ImportOption.DoNotIncludeTests.class)
class PublicationArchitectureTest {

    @ArchTest
    static final ArchRule adaptersUseTheSidesAndNothingUsesTheAdapters = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("web").definedBy("cn.govdisclosure.publication.web..")
            .layer("messaging").definedBy("cn.govdisclosure.publication.messaging..")
            .layer("command").definedBy("cn.govdisclosure.publication.command..")
            .layer("query").definedBy("cn.govdisclosure.publication.query..")
            .whereLayer("web").mayNotBeAccessedByAnyLayer()
            .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
            .whereLayer("command").mayOnlyBeAccessedByLayers("web", "messaging")
            .whereLayer("query").mayOnlyBeAccessedByLayers("web", "messaging");

    @ArchTest
    static final ArchRule commandSideKnowsNeitherQueriesNorKafkaNorTheWeb = noClasses()
            .that().resideInAPackage("cn.govdisclosure.publication.command..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.govdisclosure.publication.query..",
                    "cn.govdisclosure.publication.web..", "org.apache.kafka..", "org.springframework.kafka..",
                    "cn.govdisclosure.support.messaging..", "org.springframework.web..");

    @ArchTest
    static final ArchRule querySideKnowsNeitherKafkaNorTheWeb = noClasses()
            .that().resideInAPackage("cn.govdisclosure.publication.query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "cn.govdisclosure.support.messaging..", "org.springframework.web..");

    @ArchTest
    static final ArchRule webDoesNotTalkToKafka = noClasses()
            .that().resideInAPackage("cn.govdisclosure.publication.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "cn.govdisclosure.support.messaging..", "cn.govdisclosure.publication.messaging..");
}
