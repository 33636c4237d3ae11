package com.usthem;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the engine usable without a screen: core never reaches into JavaFX, the app or the CLI. */
@AnalyzeClasses(packages = "com.usthem", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses().that().resideInAPackage("com.usthem.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule coreDoesNotUseAppOrCli = noClasses().that().resideInAPackage("com.usthem.core..")
            .should().dependOnClassesThat().resideInAnyPackage("com.usthem.app..", "com.usthem.cli..");

    @ArchTest
    static final ArchRule cliDoesNotUseApp = noClasses().that().resideInAPackage("com.usthem.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.usthem.app..", "javafx..");

    @ArchTest
    static final ArchRule appDoesNotUseCli = noClasses().that().resideInAPackage("com.usthem.app..")
            .should().dependOnClassesThat().resideInAnyPackage("com.usthem.cli..");
}
