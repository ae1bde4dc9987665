package io.themescope.themes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a taxonomy from YAML and validates it completely before anyone counts with it: shape and
 * allowed keys, kebab-case unique ids, known groups, non-empty texts, phrases that can match, no
 * wording claimed by two themes, excludes that contain a term of their theme, and examples that
 * really yield their theme. Every failure names the file, the theme (or coordination) and the field.
 */
public final class TaxonomyLoader {

    /** Classpath location of the taxonomy shipped with the application. */
    public static final String DEFAULT_RESOURCE = "themes/default.yaml";

    private static final Set<String> TOP_FIELDS = orderedSet("version", "themes", "coordinations");
    private static final Set<String> THEME_FIELDS =
        orderedSet("id", "label", "group", "description", "terms", "exclude", "examples",
            "yields-before-named-theme");
    private static final Set<String> COORDINATION_FIELDS = orderedSet("themes", "phrases", "description", "examples");
    private static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final YAMLMapper YAML = YAMLMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();

    private TaxonomyLoader() {
    }

    /** The taxonomy shipped on the classpath at {@link #DEFAULT_RESOURCE}. */
    public static Taxonomy loadDefault() {
        return loadResource(DEFAULT_RESOURCE);
    }

    public static Taxonomy loadResource(String resource) {
        String source = "classpath:" + resource;
        ClassLoader loader = TaxonomyLoader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TaxonomyException(source + ": not found");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new TaxonomyException(source + ": cannot be read: " + e, e);
        }
    }

    public static Taxonomy load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TaxonomyException(file + ": cannot be read: " + e, e);
        }
        return parse(text, file.toString());
    }

    /**
     * Parses and validates YAML text.
     *
     * @param source name used in error messages, e.g. the file path
     */
    public static Taxonomy parse(String yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new TaxonomyException(source + ": is not valid YAML: " + e.getOriginalMessage(), e);
        }
        Taxonomy taxonomy = new Reading(source).taxonomy(root);
        MentionExtractor extractor = MentionExtractor.of(taxonomy);
        checkExcludes(taxonomy);
        checkExamples(taxonomy, extractor);
        return taxonomy;
    }

    /** Each exclude must contain a term of its theme, judged by that theme's terms alone. */
    private static void checkExcludes(Taxonomy taxonomy) {
        for (Theme theme : taxonomy.themes()) {
            if (theme.exclude().isEmpty()) {
                continue;
            }
            Theme termsOnly = new Theme(theme.id(), theme.label(), theme.group(), theme.description(),
                theme.terms(), List.of(), theme.examples(), List.of());
            MentionExtractor alone = MentionExtractor.of(
                new Taxonomy(taxonomy.version(), taxonomy.source(), List.of(termsOnly), List.of()));
            for (String exclude : theme.exclude()) {
                if (alone.extract(exclude).mentions().isEmpty()) {
                    throw new TaxonomyException(taxonomy.source() + ": theme '" + theme.id() + "': field 'exclude': \""
                        + exclude + "\" contains no term of this theme, so it would never apply");
                }
            }
        }
    }

    private static void checkExamples(Taxonomy taxonomy, MentionExtractor extractor) {
        for (Theme theme : taxonomy.themes()) {
            for (String example : theme.examples()) {
                boolean found = extractor.extract(example).mentions().stream()
                    .anyMatch(m -> m.themeId().equals(theme.id()));
                if (!found) {
                    throw new TaxonomyException(taxonomy.source() + ": theme '" + theme.id() + "': field 'examples': \""
                        + example + "\" yields no mention of '" + theme.id() + "'");
                }
            }
        }
        List<Coordination> coordinations = taxonomy.coordinations();
        for (int c = 0; c < coordinations.size(); c++) {
            Coordination coordination = coordinations.get(c);
            for (String example : coordination.examples()) {
                Set<String> named = extractor.extract(example).mentions().stream()
                    .filter(m -> coordination.phrases().contains(m.phrase()))
                    .map(Mention::themeId)
                    .collect(Collectors.toSet());
                if (!named.containsAll(coordination.themes())) {
                    throw new TaxonomyException(taxonomy.source() + ": " + PhraseCompiler.coordinationName(c, coordination)
                        + ": field 'examples': \"" + example + "\" yields no match of its phrases");
                }
            }
        }
    }

    private static Set<String> orderedSet(String... names) {
        return new java.util.LinkedHashSet<>(List.of(names));
    }

    /** Walks the YAML tree of one file, building the taxonomy and failing on the first problem. */
    private static final class Reading {

        private final String source;

        Reading(String source) {
            this.source = source;
        }

        Taxonomy taxonomy(JsonNode root) {
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new TaxonomyException(source + ": is empty");
            }
            if (!root.isObject()) {
                throw new TaxonomyException(source + ": must be a mapping with the fields 'version' and 'themes'");
            }
            checkFields(root, TOP_FIELDS, source);
            String version = text(root, "version", source);
            JsonNode themesNode = root.get("themes");
            if (themesNode == null || themesNode.isNull() || !themesNode.isArray() || themesNode.isEmpty()) {
                throw new TaxonomyException(source + ": field 'themes': must be a non-empty list");
            }
            List<Theme> themes = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            int number = 0;
            for (JsonNode node : themesNode.values()) {
                number++;
                Theme theme = theme(node, number, ids);
                ids.add(theme.id());
                themes.add(theme);
            }
            List<Coordination> coordinations = new ArrayList<>();
            JsonNode coordinationsNode = root.get("coordinations");
            if (coordinationsNode != null && !coordinationsNode.isNull()) {
                if (!coordinationsNode.isArray()) {
                    throw new TaxonomyException(source + ": field 'coordinations': must be a list");
                }
                number = 0;
                for (JsonNode node : coordinationsNode.values()) {
                    number++;
                    coordinations.add(coordination(node, number, ids));
                }
            }
            return new Taxonomy(version, source, themes, coordinations);
        }

        private Theme theme(JsonNode node, int number, List<String> ids) {
            String where = source + ": theme #" + number;
            if (!node.isObject()) {
                throw new TaxonomyException(where + ": must be a mapping");
            }
            String id = text(node, "id", where);
            where = source + ": theme '" + id + "'";
            if (!id.matches(KEBAB)) {
                throw new TaxonomyException(where + ": field 'id': must be kebab-case"
                    + " (lower-case letters and digits in groups joined by single hyphens)");
            }
            int previous = ids.indexOf(id);
            if (previous >= 0) {
                throw new TaxonomyException(where + ": field 'id': duplicate, already used by theme #" + (previous + 1));
            }
            checkFields(node, THEME_FIELDS, where);
            String label = text(node, "label", where);
            String groupId = text(node, "group", where);
            ThemeGroup group = ThemeGroup.fromId(groupId).orElseThrow(() -> new TaxonomyException(
                source + ": theme '" + id + "': field 'group': '" + groupId + "' is not one of "
                    + java.util.Arrays.stream(ThemeGroup.values()).map(ThemeGroup::id).collect(Collectors.joining(", "))));
            String description = text(node, "description", where);
            List<String> terms = phrases(node, "terms", where, true);
            List<String> exclude = phrases(node, "exclude", where, false);
            List<String> examples = phrases(node, "examples", where, true);
            List<String> yields = phrases(node, "yields-before-named-theme", where, false);
            for (String word : yields) {
                if (!word.matches("\\p{Ll}+")) {
                    throw new TaxonomyException(where + ": field 'yields-before-named-theme': \"" + word
                        + "\" must be one lower-case word");
                }
            }
            return new Theme(id, label, group, description, terms, exclude, examples, yields);
        }

        private Coordination coordination(JsonNode node, int number, List<String> ids) {
            String where = source + ": coordination #" + number;
            if (!node.isObject()) {
                throw new TaxonomyException(where + ": must be a mapping");
            }
            checkFields(node, COORDINATION_FIELDS, where);
            List<String> themes = phrases(node, "themes", where, true);
            for (String theme : themes) {
                if (!ids.contains(theme)) {
                    throw new TaxonomyException(where + ": field 'themes': unknown theme '" + theme + "'");
                }
            }
            if (Set.copyOf(themes).size() != themes.size() || themes.size() < 2) {
                throw new TaxonomyException(where + ": field 'themes': must name at least two different themes");
            }
            where = source + ": coordination #" + number + " (" + String.join(", ", themes) + ")";
            List<String> phrases = phrases(node, "phrases", where, true);
            JsonNode descriptionNode = node.get("description");
            String description = descriptionNode == null || descriptionNode.isNull() ? "" : text(node, "description", where);
            List<String> examples = phrases(node, "examples", where, true);
            return new Coordination(themes, phrases, description, examples);
        }

        private static void checkFields(JsonNode node, Set<String> allowed, String where) {
            for (String name : node.propertyNames()) {
                if (!allowed.contains(name)) {
                    throw new TaxonomyException(where + ": unknown field '" + name + "' (allowed: "
                        + String.join(", ", allowed) + ")");
                }
            }
        }

        private static String text(JsonNode node, String field, String where) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw new TaxonomyException(where + ": field '" + field + "': missing");
            }
            if (!value.isString()) {
                throw new TaxonomyException(where + ": field '" + field + "': must be a string (quote it)");
            }
            String text = value.stringValue().strip();
            if (text.isEmpty()) {
                throw new TaxonomyException(where + ": field '" + field + "': must not be blank");
            }
            return text;
        }

        private static List<String> phrases(JsonNode node, String field, String where, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    throw new TaxonomyException(where + ": field '" + field + "': missing");
                }
                return List.of();
            }
            if (!value.isArray() || (required && value.isEmpty())) {
                throw new TaxonomyException(where + ": field '" + field + "': must be a "
                    + (required ? "non-empty " : "") + "list of strings");
            }
            List<String> out = new ArrayList<>();
            int item = 0;
            for (JsonNode element : value.values()) {
                item++;
                if (!element.isString()) {
                    throw new TaxonomyException(where + ": field '" + field + "': item " + item + " must be a string");
                }
                String text = element.stringValue().strip();
                if (text.isEmpty()) {
                    throw new TaxonomyException(where + ": field '" + field + "': item " + item + " is blank");
                }
                out.add(text);
            }
            return out;
        }
    }
}
