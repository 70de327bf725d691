package io.jifen.scheme;

import java.time.Instant;
import org.hibernate.envers.RevisionType;

/**
 * One entry of a version's audit history.
 *
 * @param revision revision number (shared by everything one transaction changed)
 * @param at       when
 * @param by       who (SSO username)
 * @param kind     created, modified or deleted
 * @param status   the version's status after the change
 * @param document the document after the change
 */
public record SchemeChange(long revision, Instant at, String by, RevisionType kind, SchemeStatus status,
                           String document) {
}
