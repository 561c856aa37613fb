package org.sirocco.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The lines the code keeps: a model free of the scene graph, Gson only in file-format packages, views apart. */
@AnalyzeClasses(packages = "org.sirocco", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelAndGeometryNeverTouchTheSceneGraph = noClasses()
            .that().resideInAnyPackage("org.sirocco.data..", "org.sirocco.geo..", "org.sirocco.state..",
                    "org.sirocco.briefing", "org.sirocco.briefing.io", "org.sirocco.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..");

    @ArchTest
    static final ArchRule gsonStaysInFileFormatPackages = noClasses()
            .that().resideOutsideOfPackages("..io..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.gson..");

    /** The views, bound to the shared view state, never to one another. */
    private static final List<String> VIEWS = List.of("map", "timeline", "detail", "filter", "list", "glossary");

    private static ArchRule viewSeesNoOtherView(String view) {
        String[] others = VIEWS.stream().filter(v -> !v.equals(view)).map(v -> "org.sirocco." + v + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage("org.sirocco." + view + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("views share the view state and never call each other");
    }

    @ArchTest
    static final ArchRule theMapSeesNoOtherView = viewSeesNoOtherView("map");

    @ArchTest
    static final ArchRule theTimelineSeesNoOtherView = viewSeesNoOtherView("timeline");

    @ArchTest
    static final ArchRule theDetailPanelSeesNoOtherView = viewSeesNoOtherView("detail");

    @ArchTest
    static final ArchRule theFilterPanelSeesNoOtherView = viewSeesNoOtherView("filter");

    @ArchTest
    static final ArchRule theListSeesNoOtherView = viewSeesNoOtherView("list");

    @ArchTest
    static final ArchRule theGlossarySeesNoOtherView = viewSeesNoOtherView("glossary");

    @ArchTest
    static final ArchRule briefingsSeeNoView = noClasses().that().resideInAPackage("org.sirocco.briefing..")
            .should().dependOnClassesThat().resideInAnyPackage(VIEWS.stream().map(v -> "org.sirocco." + v + "..")
                    .toArray(String[]::new))
            .because("a scene is view state; whoever owns a map applies its extent");

    /** Presentation and export draw their own map and timeline of a scene, and nothing else of the window. */
    @ArchTest
    static final ArchRule pictureMakersUseOnlyTheMapAndTimeline = noClasses()
            .that().resideInAnyPackage("org.sirocco.presentation..", "org.sirocco.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sirocco.detail..", "org.sirocco.filter..",
                    "org.sirocco.list..", "org.sirocco.glossary..", "org.sirocco.app..");
}
