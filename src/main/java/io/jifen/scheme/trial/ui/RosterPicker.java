package io.jifen.scheme.trial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.jifen.organization.Member;
import io.jifen.organization.MemberFilter;
import io.jifen.organization.MemberService;
import io.jifen.security.JifenUser;
import java.util.List;
import java.util.function.Consumer;

/**
 * Members of the scheme's organization from the roster, searched by name or pinyin ("wjg" finds 王建国), read page by
 * page within the user's scope; the chosen ones join the try-out.
 */
class RosterPicker extends Dialog {

    final TextField search = new TextField();
    final Grid<Member> grid = new Grid<>();
    final Button take = new Button(getTranslation("trial.roster.take"));

    RosterPicker(MemberService members, JifenUser user, long organizationId, Consumer<List<Member>> chosen) {
        setHeaderTitle(getTranslation("trial.roster.title"));
        search.setPlaceholder(getTranslation("trial.roster.search"));
        search.setHelperText(getTranslation("trial.roster.searchHelp"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(Member::getName).setHeader(getTranslation("trial.member.name"));
        grid.addColumn(m -> m.getMemberClass() == null ? "" : m.getMemberClass().getName())
                .setHeader(getTranslation("trial.member.class"));
        grid.addColumn(m -> getTranslation(m.getStatus().messageKey())).setHeader(getTranslation("trial.member.status"));
        grid.setItemsPageable(pageable -> members.page(user, filter(organizationId), pageable),
                pageable -> members.count(user, filter(organizationId)));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        take.addClickListener(e -> {
            chosen.accept(List.copyOf(grid.getSelectedItems()));
            close();
        });
        add(search, grid);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), take);
        setWidth("40em");
    }

    private MemberFilter filter(long organizationId) {
        return new MemberFilter(organizationId, null, null, search.getValue());
    }
}
