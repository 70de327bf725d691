/**
 * Validation of scheme versions before publication, with messages in Chinese and English.
 *
 * <ul>
 * <li>{@link io.jifen.scheme.validation.SchemeValidator} checks a {@link io.jifen.scoring.model.SchemeVersion}
 *     (and, for an extension, its inheritance against the parent's effective scheme);</li>
 * <li>{@link io.jifen.scheme.validation.DocumentChecks} checks a scheme document's JSON tree for what the model's
 *     constructors refuse, so an import can list every such error instead of the first exception, and every number
 *     against its {@link io.jifen.scoring.model.NumberBound} ({@code NumberChecks});</li>
 * <li>{@link io.jifen.scheme.validation.ValidationReport} holds every {@link io.jifen.scheme.validation.ValidationIssue}
 *     (severity, JSON path such as {@code $.scheme.categories[3].cap.max}, key {@code scheme.validation.*},
 *     arguments); it is {@code publishable()} only without errors;</li>
 * <li>{@link io.jifen.scheme.validation.ValidationMessages} renders an issue through {@link io.jifen.shared.Messages}.</li>
 * </ul>
 *
 * <p>Plain Java: no Spring, JPA or Vaadin component is needed (Jackson's tree model only for {@code DocumentChecks}).
 */
package io.jifen.scheme.validation;
