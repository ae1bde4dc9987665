package io.themescope.themes;

/**
 * One counted mention of a theme, traceable to the exact passage.
 *
 * @param themeId  id of the theme counted
 * @param term     the matched text exactly as written in the document (line breaks, hyphens and all)
 * @param phrase   the taxonomy term or coordination phrase that matched, as written in the taxonomy
 * @param start    offset of the first char of {@code term} in the original text (UTF-16 chars)
 * @param end      offset just past the last char, so {@code text.substring(start, end).equals(term)}
 * @param sentence the sentence the mention sits in
 */
public record Mention(String themeId, String term, String phrase, long start, long end, Sentence sentence) {
}
