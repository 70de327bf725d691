package io.jifen.scoring.model;

/** Who may record an entry for an item (S10 争创佳绩 is self-claimed; S8 entries come from group leaders). */
public enum Recorder {
    SELF_CLAIM, GROUP_LEADER, SECRETARY, IMPORT, API
}
