package org.sirocco.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The lines the code keeps: a model free of the scene graph, Gson only in file-format packages, views apart. */
@AnalyzeClasses(packages = "org.sirocco", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelAndGeometryNeverTouchTheSceneGraph = noClasses()
            .that().resideInAnyPackage("org.sirocco.data..", "org.sirocco.geo..", "org.sirocco.state..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..");

    @ArchTest
    static final ArchRule gsonStaysInFileFormatPackages = noClasses()
            .that().resideOutsideOfPackages("..io..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.gson..");

    @ArchTest
    static final ArchRule theMapNeverSeesTheTimeline = noClasses()
            .that().resideInAnyPackage("org.sirocco.map..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sirocco.timeline..", "org.sirocco.detail..");

    @ArchTest
    static final ArchRule theTimelineNeverSeesTheMap = noClasses()
            .that().resideInAnyPackage("org.sirocco.timeline..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sirocco.map..", "org.sirocco.detail..");

    @ArchTest
    static final ArchRule theDetailPanelSeesNoOtherView = noClasses()
            .that().resideInAnyPackage("org.sirocco.detail..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sirocco.map..", "org.sirocco.timeline..");
}
