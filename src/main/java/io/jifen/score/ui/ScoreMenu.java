package io.jifen.score.ui;

import io.jifen.organization.MemberService;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.MenuVisibility;
import org.springframework.stereotype.Component;

/** 我的积分 for those on the roster: an admin without a member record has no score of their own. */
@Component
class ScoreMenu implements MenuVisibility {

    private final MemberService members;

    ScoreMenu(MemberService members) {
        this.members = members;
    }

    @Override
    public boolean hides(Class<?> view, JifenUser user) {
        return view == MyPointsView.class && members.myProfile(user).isEmpty();
    }
}
