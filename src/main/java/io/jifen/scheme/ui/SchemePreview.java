package io.jifen.scheme.ui;

import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The categories and items of a scheme version as a read-only tree: what a template or a version contains. */
class SchemePreview extends TreeGrid<SchemePreview.Node> {

    /** A category or an item, with the words shown for it. */
    record Node(String id, String name, String kind, String cap) {
    }

    SchemePreview() {
        addHierarchyColumn(Node::name).setHeader(getTranslation("schemes.preview.name")).setFlexGrow(3);
        addColumn(Node::kind).setHeader(getTranslation("schemes.preview.kind")).setAutoWidth(true);
        addColumn(Node::cap).setHeader(getTranslation("schemes.preview.cap")).setAutoWidth(true);
        setAllRowsVisible(false);
        setHeight("18em");
    }

    void show(SchemeVersion scheme) {
        TreeData<Node> tree = new TreeData<>();
        Map<String, Node> categories = new HashMap<>();
        for (Category c : scheme.categories()) {
            categories.put(c.id(), new Node(c.id(), c.name(),
                    getTranslation("schemes.kind." + c.kind().name()), cap(c)));
        }
        addCategories(tree, categories, scheme);
        for (Item item : scheme.items()) {
            Node parent = categories.get(item.categoryId());
            tree.addItem(parent != null && tree.contains(parent) ? parent : null,
                    new Node(item.id(), item.name(), getTranslation("schemes.preview.item"), ""));
        }
        setDataProvider(new TreeDataProvider<>(tree));
        expandRecursively(tree.getRootItems(), 1);
    }

    /**
     * Parents before children, whatever order the document lists them in; a category whose parent never appears
     * (a draft with an unknown parent or a cycle) is shown at the top rather than lost.
     */
    private static void addCategories(TreeData<Node> tree, Map<String, Node> nodes, SchemeVersion scheme) {
        List<Category> pending = new ArrayList<>(scheme.categories());
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = pending.removeIf(c -> {
                Node parent = c.parentId() == null ? null : nodes.get(c.parentId());
                if (parent != null && !tree.contains(parent)) {
                    return false;
                }
                tree.addItem(parent, nodes.get(c.id()));
                return true;
            });
        }
        pending.forEach(c -> tree.addItem(null, nodes.get(c.id())));
    }

    void clear() {
        setDataProvider(new TreeDataProvider<>(new TreeData<>()));
    }

    private String cap(Category c) {
        if (c.cap() == null) {
            return "";
        }
        BigDecimal min = c.cap().min();
        BigDecimal max = c.cap().max();
        // a deduction category's cap is its lower bound ("最多扣20分" is stored as min -20)
        if (min != null && min.signum() < 0) {
            return getTranslation("schemes.preview.capMin", min.abs().stripTrailingZeros().toPlainString());
        }
        return max == null ? "" : getTranslation("schemes.preview.capMax", max.stripTrailingZeros().toPlainString());
    }
}
