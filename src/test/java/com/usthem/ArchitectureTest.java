package com.usthem;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.scene.Node;
import javafx.stage.Window;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers: core is usable without a screen (no JavaFX, no app, no command line), the app and the
 * command line stand side by side on it, and no two packages need each other, so each can be read,
 * tested and changed from the bottom up.
 */
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

    /**
     * A view model is the window's state and what its controls do, testable without a screen: it
     * speaks to the user through a DialogService and to the editor through a DraftEditor, never
     * through a control, a stage or a class of the views.
     */
    @ArchTest
    static final ArchRule viewModelsDoNotDependOnViews = noClasses().that().haveNameMatching(".*ViewModel(\\$.*)?")
            .should().dependOnClassesThat(resideInAnyPackage("javafx.scene..", "javafx.stage..", "com.usthem.app.view..")
                    .or(simpleNameEndingWith("Window")).or(simpleNameEndingWith("Dialog"))
                    .or(assignableTo(Node.class)).or(assignableTo(Window.class)));

    /** Every package is its own slice, the parent packages included: {@code core} and {@code core.model} are two. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.usthem.(**)").should().beFreeOfCycles();
}
