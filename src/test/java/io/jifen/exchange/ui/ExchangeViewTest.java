package io.jifen.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.jifen.exchange.ExchangeFixture;
import io.jifen.exchange.Gift;
import io.jifen.exchange.Redemption;
import io.jifen.exchange.Redemption.State;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.testsupport.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member opens 积分兑换, redeems a gift once through the card and the confirmation, and sees the result. */
class ExchangeViewTest extends KaribuTest {

    @Autowired
    ExchangeFixture fixture;

    @Test
    void aMemberRedeemsOnceFromTheirPage() {
        Branch b = fixture.branch("QS");
        Member m = fixture.member(b, "页面党员", 12);
        Gift soap = fixture.gift(b, "香皂", 5, 2);
        openAs(fixture.userOf(b, m));
        UI.getCurrent().navigate("exchange");
        ExchangeView view = (ExchangeView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(texts(view.balance)).contains("可用 12 分");

        Button redeem = _find(view.cards, Button.class).stream().filter(btn -> btn.getText().equals("兑换"))
                .findFirst().orElseThrow();
        assertThat(texts(view.cards)).contains("香皂", "所需 5 分", "剩余 2 件");
        redeem.click();
        assertThat(view.confirmation.isOpened()).isTrue();
        _fireConfirm(view.confirmation);

        assertThat(texts(view.balance)).contains("可用 7 分");
        assertThat(texts(view.cards)).contains("剩余 1 件");
        List<Redemption> rows = GridKt._fetch(view.history, 0, 10);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.giftId()).isEqualTo(soap.id());
            assertThat(r.state()).isEqualTo(State.OPEN);
        });
        assertThat(GridKt._getFormattedRow(view.history, 0)).contains("香皂", "待发放");
    }

    private static List<String> texts(com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(_find(root, Paragraph.class).stream().map(Paragraph::getText),
                _find(root, H3.class).stream().map(H3::getText)).toList();
    }
}
