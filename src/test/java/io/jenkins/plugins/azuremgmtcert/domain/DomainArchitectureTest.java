package io.jenkins.plugins.azuremgmtcert.domain;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain packages stay free of Jenkins, so they are usable and testable without it (and by the CLI). */
class DomainArchitectureTest {

    private static final String DOMAIN_PACKAGE = "io.jenkins.plugins.azuremgmtcert.domain..";

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.azuremgmtcert.domain");

    @Test
    void domainHasClassesToCheck() {
        assertFalse(DOMAIN.isEmpty(), "the importer found no domain classes, so the rules below would check nothing");
    }

    @Test
    void domainImportsNothingFromJenkins() {
        noClasses()
                .that()
                .resideInAPackage(DOMAIN_PACKAGE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "hudson..",
                        "jenkins..",
                        "org.kohsuke..",
                        "com.cloudbees..",
                        "org.jenkinsci..",
                        "org.jvnet.hudson..",
                        "net.sf.json..")
                .because("the domain is plain Java; only the Jenkins glue may use Jenkins types")
                .check(DOMAIN);
    }

    @Test
    void domainDoesNotReachIntoTheJenkinsGlue() {
        noClasses()
                .that()
                .resideInAPackage(DOMAIN_PACKAGE)
                .should()
                .dependOnClassesThat(resideInAPackage("io.jenkins.plugins.azuremgmtcert..")
                        .and(resideOutsideOfPackage(DOMAIN_PACKAGE)))
                .because("the glue depends on the domain, never the other way round")
                .check(DOMAIN);
    }

    @Test
    void domainUsesOnlyTheJdkBouncyCastleTheLocalizerAndSpotBugsAnnotations() {
        classes()
                .that()
                .resideInAPackage(DOMAIN_PACKAGE)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        DOMAIN_PACKAGE,
                        "java..",
                        "javax..",
                        "org.w3c.dom..",
                        "org.xml.sax..",
                        "org.bouncycastle..",
                        "org.jvnet.localizer..",
                        "edu.umd.cs.findbugs.annotations..")
                .because("the domain may use no other library: at run time Jenkins supplies only these to it")
                .check(DOMAIN);
    }
}
