package io.jifen.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import io.jifen.exchange.ExchangeFixture;
import io.jifen.exchange.ExchangeService;
import io.jifen.exchange.Gift;
import io.jifen.exchange.Redemption;
import io.jifen.exchange.Redemption.State;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.scoring.model.Category;
import io.jifen.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 兑换管理: a secretary adds a gift in the editor, hands a redemption over from the queue; an admin sees the categories. */
class ExchangeAdminViewTest extends KaribuTest {

    @Autowired
    ExchangeFixture fixture;
    @Autowired
    ExchangeService exchange;

    @Test
    void aSecretaryAddsAGiftAndHandsARedemptionOver() {
        Branch b = fixture.branch("QS");
        Member m = fixture.member(b, "管理页党员", 10);
        openAs(b.secretary());
        ExchangeAdminView view = navigate();

        view.tabs.setSelectedTab(view.tabs.getTab(view.gifts));
        view.gifts.add.click();
        GiftDialog editor = view.gifts.editor;
        editor.unit.setValue(editor.unit.getListDataView().getItems()
                .filter(u -> u.getId().equals(b.branch().getId())).findFirst().orElseThrow());
        editor.name.setValue("热水壶");
        editor.points.setValue(new BigDecimal("8"));
        editor.stock.setValue(-1);
        editor.from.setValue(fixture.today());
        editor.to.setValue(fixture.today().plusDays(10));
        editor.save.click();
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.stock.isInvalid()).isTrue();
        assertThat(editor.stock.getErrorMessage()).isEqualTo("库存不能为负数");
        editor.stock.setValue(3);
        editor.save.click();
        assertThat(editor.isOpened()).isFalse();
        List<Gift> gifts = GridKt._fetch(view.gifts.grid, 0, 10);
        assertThat(gifts).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("热水壶");
            assertThat(g.organizationId()).isEqualTo(b.branch().getId());
        });

        exchange.redeem(fixture.userOf(b, m), m.getId(), gifts.getFirst().id());
        view.fulfilment.grid.getDataProvider().refreshAll();
        List<Redemption> open = GridKt._fetch(view.fulfilment.grid, 0, 10);
        assertThat(open).singleElement().extracting(Redemption::memberName).isEqualTo("管理页党员");
        view.fulfilment.fulfil(open.getFirst());
        assertThat(GridKt._size(view.fulfilment.grid)).as("the queue shows open ones by default").isZero();
        view.fulfilment.state.setValue(State.FULFILLED);
        assertThat(GridKt._fetch(view.fulfilment.grid, 0, 10)).extracting(Redemption::state)
                .containsExactly(State.FULFILLED);
        assertThat(view.categories.save.isVisible()).as("only admins change the categories").isFalse();
    }

    @Test
    void anAdminSeesTheSuggestedCategoriesOfTheSchemeInForce() {
        Branch b = fixture.branch("QS");
        openAs(b.admin());
        ExchangeAdminView view = navigate();
        view.categories.unit.setValue(view.categories.unit.getListDataView().getItems()
                .filter(u -> u.getId().equals(b.branch().getId())).findFirst().orElseThrow());
        assertThat(view.categories.chosen.getValue()).extracting(Category::id)
                .containsExactlyInAnyOrder("BASIC-SERVICE", "SPECIAL-SERVICE", "INCENTIVE");
        assertThat(view.categories.state.getText()).contains("尚未保存");
        view.categories.chosen.setValue(view.categories.chosen.getValue().stream()
                .filter(c -> c.id().equals("INCENTIVE")).collect(java.util.stream.Collectors.toSet()));
        view.categories.save();
        assertThat(view.categories.state.getText()).contains("已保存");
        assertThat(view.categories.chosen.getValue()).extracting(Category::id).containsExactly("INCENTIVE");
    }

    private static ExchangeAdminView navigate() {
        UI.getCurrent().navigate("exchange-admin");
        return (ExchangeAdminView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
