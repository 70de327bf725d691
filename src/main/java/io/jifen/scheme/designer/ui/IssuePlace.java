package io.jifen.scheme.designer.ui;

import io.jifen.scheme.designer.NodeRef;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scoring.model.SchemeVersion;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an issue is, for people: the node of the tree and the field ({@code 类别「学习教育」· 上限}), or the
 * scheme-wide part ({@code 等次方案}). Built from the issue's JSON path against the version it was found in.
 *
 * @param node     the category or item, or null for a scheme-wide part
 * @param nodePath the node's own path ({@code $.scheme.items[3]}), or null
 * @param relative the rest of the path below the node ({@code .cap.max}), or the whole path for a scheme-wide part
 */
record IssuePlace(NodeRef node, String nodePath, String relative, String words) {

    private static final Pattern NODE = Pattern.compile("^(\\$\\.scheme\\.(categories|items)\\[(\\d+)])(.*)$");
    private static final Pattern PART = Pattern.compile("^\\$\\.scheme\\.([A-Za-z]+).*$");

    /** Field labels (keys under {@code designer.category.} / {@code designer.item.}) by relative path. */
    private static final Map<String, String> CATEGORY_FIELDS = Map.ofEntries(Map.entry(".name", "name"),
            Map.entry(".kind", "kind"), Map.entry(".sign", "sign"), Map.entry(".cap.min", "capMin"),
            Map.entry(".cap.max", "capMax"), Map.entry(".cap", "capMax"), Map.entry(".weight", "weight"),
            Map.entry(".baseScore", "baseScore"), Map.entry(".rhythm", "rhythm"),
            Map.entry(".openForExtension", "openForExtension"), Map.entry(".locked", "locked"),
            Map.entry(".parentId", "parent"), Map.entry(".id", "id"));
    private static final Map<String, String> ITEM_FIELDS = Map.ofEntries(Map.entry(".name", "name"),
            Map.entry(".value", "valueKind"), Map.entry(".value.points", "points"), Map.entry(".value.min", "rangeMin"),
            Map.entry(".value.max", "rangeMax"), Map.entry(".value.options", "options"),
            Map.entry(".cap", "capPoints"), Map.entry(".cap.maxCount", "capCount"),
            Map.entry(".cap.maxPoints", "capPoints"), Map.entry(".windowCap", "windowPoints"),
            Map.entry(".windowCap.window", "window"), Map.entry(".windowCap.maxCount", "windowCount"),
            Map.entry(".windowCap.maxPoints", "windowPoints"), Map.entry(".recordedBy", "recordedBy"),
            Map.entry(".evidenceRequired", "evidenceRequired"), Map.entry(".reviewStepIds", "reviewSteps"),
            Map.entry(".memberClassIds", "memberClasses"), Map.entry(".statuses", "statuses"),
            Map.entry(".veto", "veto"), Map.entry(".locked", "locked"), Map.entry(".categoryId", "category"),
            Map.entry(".id", "id"));

    /**
     * @param translate the user's bundle: key and arguments → text, {@code !key!} for a missing key
     */
    static IssuePlace of(ValidationIssue issue, SchemeVersion version, BiFunction<String, Object[], String> translate) {
        Matcher m = NODE.matcher(issue.path());
        if (m.matches()) {
            boolean category = m.group(2).equals("categories");
            int index = Integer.parseInt(m.group(3));
            String rel = m.group(4);
            String id = null;
            String name = null;
            if (category && index < version.categories().size()) {
                id = version.categories().get(index).id();
                name = version.categories().get(index).name();
            } else if (!category && index < version.items().size()) {
                id = version.items().get(index).id();
                name = version.items().get(index).name();
            }
            if (id != null) {
                NodeRef node = category ? NodeRef.category(id) : NodeRef.item(id);
                String words = translate.apply(category ? "designer.place.category" : "designer.place.item",
                        new Object[] {name == null || name.isBlank() ? id : name});
                String field = fieldLabel(category, rel, translate);
                return new IssuePlace(node, m.group(1), rel, field == null ? words : words + " · " + field);
            }
        }
        Matcher part = PART.matcher(issue.path());
        String words = part.matches() ? translate.apply("designer.place." + part.group(1), new Object[0]) : null;
        if (words == null || words.startsWith("!")) {
            words = translate.apply("designer.place.scheme", new Object[0]);
        }
        return new IssuePlace(null, null, issue.path(), words);
    }

    private static String fieldLabel(boolean category, String rel, BiFunction<String, Object[], String> translate) {
        Map<String, String> fields = category ? CATEGORY_FIELDS : ITEM_FIELDS;
        String best = null;
        for (String p : fields.keySet()) {
            boolean prefix = rel.equals(p) || (rel.startsWith(p)
                    && (rel.charAt(p.length()) == '.' || rel.charAt(p.length()) == '['));
            if (prefix && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        if (best == null) {
            return null;
        }
        String key = fields.get(best);
        return translate.apply(key.equals("options") ? "designer.option.title"
                : (category ? "designer.category." : "designer.item.") + key, new Object[0]);
    }
}
