package io.jifen.scheme.designer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.SchemeVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree operations on plain versions, without Spring or Vaadin. */
class TreeEditsTest {

    /** A (a1, a2) with sub-category B (b1); C (c1). All orders 0: the list position is the order. */
    private static SchemeVersion small() {
        return SchemeVersion.builder("T").name("测试").periodRule(new PeriodRule(io.jifen.scoring.model.PeriodUnit.QUARTER, true, io.jifen.scoring.model.RollUp.AVERAGE_OF_SUBPERIODS, null, false, null))
                .category(Category.of("A", null, "甲", CategoryKind.BONUS, null))
                .category(Category.of("B", "A", "乙", CategoryKind.BONUS, null))
                .category(Category.of("C", null, "丙", CategoryKind.DEDUCTION, null))
                .item(Item.fixed("a1", "A", "一", "1")).item(Item.fixed("a2", "A", "二", "2"))
                .item(Item.fixed("b1", "B", "三", "3")).item(Item.fixed("c1", "C", "四", "4"))
                .build();
    }

    /** The categories in display order, depth first: what the tree shows. */
    private static List<String> categoryIds(SchemeVersion v) {
        Outline o = new Outline(v);
        List<String> out = new java.util.ArrayList<>();
        walk(o, null, out, false);
        return out;
    }

    /** The items in display order, category by category depth first. */
    private static List<String> itemIds(SchemeVersion v) {
        Outline o = new Outline(v);
        List<String> out = new java.util.ArrayList<>();
        walk(o, null, out, true);
        return out;
    }

    private static void walk(Outline o, String parent, List<String> out, boolean items) {
        for (String c : o.categoriesUnder(parent)) {
            if (items) {
                out.addAll(o.itemsIn(c));
            } else {
                out.add(c);
            }
            walk(o, c, out, items);
        }
    }

    private static Category category(SchemeVersion v, String id) {
        return v.categories().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Item item(SchemeVersion v, String id) {
        return v.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void addsSiblingsAndChildrenWhereAsked() {
        SchemeVersion v = small();
        String id = TreeEdits.freshId(v, "cat");
        assertThat(id).isEqualTo("cat-1");
        SchemeVersion sibling = TreeEdits.addCategory(v, id, "新类别", CategoryKind.BONUS, null, "A");
        assertThat(categoryIds(sibling)).containsExactly("A", "B", "cat-1", "C");
        assertThat(category(sibling, "cat-1").parentId()).isNull();
        SchemeVersion child = TreeEdits.addCategory(v, id, "新类别", CategoryKind.BONUS, "A", null);
        assertThat(category(child, "cat-1").parentId()).isEqualTo("A");
        SchemeVersion withItem = TreeEdits.addItem(v, "item-1", "新指标", "A", "a1");
        assertThat(itemIds(withItem)).containsExactly("a1", "item-1", "a2", "b1", "c1");
        assertThat(withItem.categories()).allMatch(c -> c.order() == 0);
    }

    @Test
    void duplicatesACategoryWithItsSubtreeUnderNewIds() {
        SchemeVersion v = TreeEdits.duplicate(small(), NodeRef.category("A"), "A-copy");
        assertThat(categoryIds(v)).containsExactly("A", "B", "A-copy", "A-copy-B", "C");
        assertThat(category(v, "A-copy-B").parentId()).isEqualTo("A-copy");
        assertThat(itemIds(v)).containsExactly("a1", "a2", "b1", "A-copy-a1", "A-copy-a2", "A-copy-B-b1", "c1");
        assertThat(item(v, "A-copy-B-b1").categoryId()).isEqualTo("A-copy-B");
        assertThat(item(v, "A-copy-a2").name()).isEqualTo("二");
        SchemeVersion item = TreeEdits.duplicate(small(), NodeRef.item("a1"), "a1-copy");
        assertThat(itemIds(item)).containsExactly("a1", "a1-copy", "a2", "b1", "c1");
    }

    @Test
    void deletesACategoryWithItsSubtree() {
        SchemeVersion v = TreeEdits.delete(small(), NodeRef.category("A"));
        assertThat(categoryIds(v)).containsExactly("C");
        assertThat(itemIds(v)).containsExactly("c1");
        assertThat(itemIds(TreeEdits.delete(small(), NodeRef.item("a2")))).containsExactly("a1", "b1", "c1");
    }

    @Test
    void movesAmongSiblingsAndRefusesBeyondTheEnds() {
        SchemeVersion v = small();
        assertThat(categoryIds(TreeEdits.move(v, NodeRef.category("C"), -1))).containsExactly("C", "A", "B");
        assertThat(TreeEdits.move(v, NodeRef.category("A"), -1)).isSameAs(v);
        assertThat(itemIds(TreeEdits.move(v, NodeRef.item("a1"), 1))).containsExactly("a2", "a1", "b1", "c1");
        assertThat(TreeEdits.move(v, NodeRef.item("a2"), 1)).isSameAs(v);
    }

    @Test
    void indentsAndOutdents() {
        SchemeVersion v = small();
        SchemeVersion indented = TreeEdits.indent(v, NodeRef.category("C"));
        assertThat(category(indented, "C").parentId()).isEqualTo("A");
        assertThat(categoryIds(indented)).containsExactly("A", "B", "C");
        SchemeVersion back = TreeEdits.outdent(indented, NodeRef.category("C"));
        assertThat(back).isEqualTo(v);
        assertThat(TreeEdits.indent(v, NodeRef.category("A"))).as("nothing above").isSameAs(v);
        SchemeVersion itemIn = TreeEdits.indent(v, NodeRef.item("a1"));
        assertThat(item(itemIn, "a1").categoryId()).isEqualTo("B");
        assertThat(item(TreeEdits.outdent(itemIn, NodeRef.item("a1")), "a1").categoryId()).isEqualTo("A");
        assertThat(TreeEdits.outdent(v, NodeRef.item("a1"))).as("top category").isSameAs(v);
    }

    @Test
    void dropsAboveIntoAndBelowButNeverIntoItsOwnSubtree() {
        SchemeVersion v = small();
        assertThat(TreeEdits.drop(v, NodeRef.category("A"), NodeRef.category("B"), TreeEdits.Drop.INTO)).isSameAs(v);
        SchemeVersion into = TreeEdits.drop(v, NodeRef.category("C"), NodeRef.category("B"), TreeEdits.Drop.INTO);
        assertThat(category(into, "C").parentId()).isEqualTo("B");
        SchemeVersion above = TreeEdits.drop(v, NodeRef.item("c1"), NodeRef.item("a1"), TreeEdits.Drop.ABOVE);
        assertThat(itemIds(above)).containsExactly("c1", "a1", "a2", "b1");
        assertThat(item(above, "c1").categoryId()).isEqualTo("A");
        SchemeVersion onCategory = TreeEdits.drop(v, NodeRef.item("a1"), NodeRef.category("C"), TreeEdits.Drop.BELOW);
        assertThat(item(onCategory, "a1").categoryId()).isEqualTo("C");
    }

    @Test
    void renumbersOrderOnlyWhenTheVersionUsesIt() {
        SchemeVersion numbered = SchemeVersion.builder("N").periodRule(new PeriodRule(io.jifen.scoring.model.PeriodUnit.QUARTER, true, io.jifen.scoring.model.RollUp.AVERAGE_OF_SUBPERIODS, null, false, null))
                .category(new Category("X", null, "x", CategoryKind.BONUS, null, null, null, false, false, 5))
                .category(new Category("Y", null, "y", CategoryKind.BONUS, null, null, null, false, false, 2))
                .build();
        assertThat(categoryIds(numbered)).containsExactly("Y", "X");
        assertThat(new Outline(numbered).writeTo(numbered)).isEqualTo(numbered);
        SchemeVersion moved = TreeEdits.move(numbered, NodeRef.category("X"), -1);
        assertThat(moved.categories()).extracting(Category::id, Category::order)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("X", 0), org.assertj.core.groups.Tuple.tuple("Y", 1));
        assertThat(categoryIds(moved)).containsExactly("X", "Y");
    }

    @Test
    void rewritingATemplateChangesNothing() {
        for (var entry : SchemeTemplates.list()) {
            SchemeVersion t = SchemeDocuments.read(SchemeTemplates.json(entry.id()));
            assertThat(new Outline(t).writeTo(t)).as(entry.id()).isEqualTo(t);
        }
    }
}
