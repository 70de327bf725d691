package io.jifen.scoring.model;

/** 党员 status; activists and candidates are scored too (S2, S3), probationary members can get a longer probation (S8). */
public enum MemberStatus {
    FULL, PROBATIONARY, CANDIDATE, ACTIVIST
}
