package io.jifen.scheme.diff;

import io.jifen.scoring.model.SchemeVersion;

/** One part of the diff: the two versions compared and the list the changes go to. */
abstract class DiffPart {

    final SchemeVersion from;
    final SchemeVersion to;
    final ChangeList out;

    DiffPart(SchemeVersion from, SchemeVersion to, ChangeList out) {
        this.from = from;
        this.to = to;
        this.out = out;
    }

    abstract void run();
}
