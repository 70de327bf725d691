package io.jifen.exchange;

import io.jifen.organization.Organization;
import io.jifen.scheme.SchemesInForce;
import io.jifen.scheme.SchemesInForce.InForce;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which top-level categories of the scheme in force feed the exchange balance, stored per scheme version record (a
 * new version starts from the default again). Until an admin saves a choice, the version's BONUS categories count:
 * for S2 these are the service and incentive categories, the points the seed lets members exchange (S2).
 */
@Service
@Transactional
public class ExchangeCategories {

    /**
     * @param categories the scheme's top-level categories, in its order
     * @param chosen     the ids that feed the balance
     * @param saved      whether an admin chose them (else they are the default suggestion)
     */
    public record Choice(long versionRecordId, String schemeName, List<Category> categories, Set<String> chosen,
            boolean saved) {
    }

    private final JdbcClient jdbc;
    private final SchemesInForce schemes;
    private final ExchangeReach reach;
    private final Clock clock;

    ExchangeCategories(JdbcClient jdbc, SchemesInForce schemes, ExchangeReach reach, Clock clock) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.reach = reach;
        this.clock = clock;
    }

    /** The choice for the scheme in force at a unit the user manages today; empty when no scheme is in force. */
    @Transactional(readOnly = true)
    public Optional<Choice> forUnit(JifenUser user, long unitId) {
        Organization unit = reach.unit(user, unitId);
        return schemes.forUnit(unit.getPath(), LocalDate.now(clock)).map(this::choice);
    }

    /**
     * Saves the categories feeding the balance for the version in force at the unit. Admins only, and only for a
     * scheme defined inside their subtree: a branch cannot redefine its committee's exchange.
     */
    public Choice save(JifenUser user, long unitId, Set<String> categoryIds) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("admin role required");
        }
        Organization unit = reach.unit(user, unitId);
        InForce f = schemes.forUnit(unit.getPath(), LocalDate.now(clock)).orElseThrow(ExchangeReach::notFound);
        String schemePath = jdbc.sql("select o.path from scheme_version v join scheme s on s.id = v.scheme_id "
                + "join organization o on o.id = s.organization_id where v.id = ?").param(f.versionRecordId())
                .query(String.class).single();
        if (!schemePath.startsWith(reach.requireManaged(user))) {
            throw new AccessDeniedException("the scheme is kept above the user's organization");
        }
        Set<String> known = topLevel(f).stream().map(Category::id).collect(Collectors.toSet());
        if (!known.containsAll(categoryIds)) {
            throw new InvalidInputException(List.of(InputError.of("$.categoryIds", "exchange.categories.error.unknown")));
        }
        String ids = String.join(",", categoryIds.stream().sorted().toList());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("insert into exchange_category_choice (scheme_version_id, category_ids, chosen_by, chosen_at) "
                + "values (?, ?, ?, ?) on duplicate key update category_ids = values(category_ids), "
                + "chosen_by = values(chosen_by), chosen_at = values(chosen_at)")
                .params(f.versionRecordId(), ids, user.username(), now).update();
        return choice(f);
    }

    /** The ids of the categories whose points feed the balance under the version in force. */
    @Transactional(readOnly = true)
    public Set<String> exchangeable(InForce f) {
        return choice(f).chosen();
    }

    private Choice choice(InForce f) {
        List<Category> top = topLevel(f);
        Optional<String> stored = jdbc.sql("select category_ids from exchange_category_choice "
                + "where scheme_version_id = ?").param(f.versionRecordId()).query(String.class).optional();
        Set<String> chosen = stored.map(s -> Arrays.stream(s.split(",")).filter(x -> !x.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .orElseGet(() -> top.stream().filter(c -> c.kind() == CategoryKind.BONUS).map(Category::id)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
        return new Choice(f.versionRecordId(), f.schemeName(), top, Set.copyOf(chosen), stored.isPresent());
    }

    private static List<Category> topLevel(InForce f) {
        return f.scheme().categories().stream().filter(c -> c.parentId() == null).toList();
    }
}
