package io.jifen.scheme.designer;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;

/** Copies of the immutable records with their identity or place changed: what the tree edits need. */
final class Copies {

    private Copies() {
    }

    static Category placed(Category c, String parentId, int order) {
        return new Category(c.id(), parentId, c.name(), c.kind(), c.sign(), c.cap(), c.weight(),
                c.openForExtension(), c.locked(), order, c.baseScore(), c.rhythm());
    }

    static Category renamed(Category c, String id, String parentId) {
        return new Category(id, parentId, c.name(), c.kind(), c.sign(), c.cap(), c.weight(), c.openForExtension(),
                c.locked(), c.order(), c.baseScore(), c.rhythm());
    }

    static Item placed(Item i, String categoryId, int order) {
        return new Item(i.id(), categoryId, i.name(), i.value(), i.cap(), i.recordedBy(), i.evidenceRequired(),
                i.reviewStepIds(), i.memberClassIds(), i.statuses(), i.veto(), i.locked(), order, i.windowCap());
    }

    static Item renamed(Item i, String id, String categoryId) {
        return new Item(id, categoryId, i.name(), i.value(), i.cap(), i.recordedBy(), i.evidenceRequired(),
                i.reviewStepIds(), i.memberClassIds(), i.statuses(), i.veto(), i.locked(), i.order(), i.windowCap());
    }
}
