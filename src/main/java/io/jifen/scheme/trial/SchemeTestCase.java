package io.jifen.scheme.trial;

import io.jifen.scheme.Scheme;
import io.jifen.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A saved test case of a scheme; its content is a {@link TrialCase} as JSON ({@link TrialCaseJson}). */
@Entity
@Table(name = "scheme_test_case")
public class SchemeTestCase extends AuditedEntity {

    /** The column's length; longer names are refused before they reach the database. */
    public static final int MAX_NAME = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id", nullable = false)
    private Scheme scheme;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Lob
    @Column(nullable = false, columnDefinition = "longtext")
    private String content;

    protected SchemeTestCase() {
    }

    SchemeTestCase(Scheme scheme, String name, String content) {
        this.scheme = scheme;
        this.name = name;
        this.content = content;
    }

    public Scheme getScheme() {
        return scheme;
    }

    public String getName() {
        return name;
    }

    public String getContent() {
        return content;
    }
}
