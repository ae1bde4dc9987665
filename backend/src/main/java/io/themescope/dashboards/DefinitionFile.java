package io.themescope.dashboards;

/** The text of one definition and the name that messages use for it (classpath name or file path). */
record DefinitionFile(String name, String text) {
}
