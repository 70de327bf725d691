package io.jifen.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.organization.roster.RosterExportService;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Names in pinyin order (stumble 5), the export in the grid's filter and order, name search by characters and by
 * pinyin, and the members' unit-path copy following a moved unit (issue 6).
 */
class MembersOrderTest extends IntegrationTest {

    @Autowired
    MemberService members;
    @Autowired
    OrganizationService organizations;
    @Autowired
    OrganizationRepository units;
    @Autowired
    RosterExportService exports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void namesSortInPinyinOrderNotByCodePoint() {
        List<String> byName = names(MemberFilter.none(), Sort.by("name"));

        // checked by hand against the dictionary (长青 chang, 婷 ting before 振 zhen, 徐 xu2 before 许 xu3, 曾 zeng)
        assertThat(byName).containsExactly(("蔡文斌 曹志强 程明亮 丁海燕 丁永生 董卫东 杜永生 冯慧敏 冯建国 高富贵 韩长青 韩红兵 "
                + "韩婷婷 韩振华 何海涛 何晓红 胡桂兰 胡国华 胡玉梅 黄海涛 梁春燕 林明亮 林卫东 刘桂兰 刘秀英 刘雪梅 卢富贵 潘丽华 "
                + "潘文斌 任凤英 宋玉梅 苏春燕 苏美玲 唐俊杰 田富贵 田丽娟 田立新 王建国 魏淑珍 肖丽娟 徐桂兰 许凤英 杨长青 杨俊杰 "
                + "叶世杰 袁俊杰 袁文斌 曾家豪 曾丽娟 张春生 张立新 张文斌 张小芳 张振华 赵国华 赵家豪 赵世杰 郑文斌 周丽娟 朱丽华")
                .split(" "));
        assertThat(byName.getFirst()).startsWith("蔡");
        assertThat(byName.indexOf("丁永生")).isGreaterThan(byName.indexOf("程明亮")); // 丁 < 任 by code point
        assertThat(names(MemberFilter.none(), Sort.by(Sort.Direction.DESC, "name"))).containsExactlyElementsOf(
                byName.reversed());
    }

    @Test
    void everySortableColumnHasAnIndexOrderAndTheRestAreRefused() {
        for (String key : List.of("name", "gender", "status", "memberClass", "unit", "joinDate")) {
            Sort indexed = MemberOrder.indexed(Sort.by(Sort.Direction.DESC, key));
            assertThat(indexed.stream()).allMatch(o -> o.getDirection() == Sort.Direction.DESC);
            assertThat(indexed.getOrderFor("id")).isNotNull();
            assertThat(names(MemberFilter.none(), Sort.by(key))).hasSize(60);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MemberOrder.indexed(Sort.by("phone")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExportUsesTheGridsFilterAndOrder() throws IOException {
        MemberFilter filter = new MemberFilter(null, MemberStatus.FULL, null, null);
        Sort sort = Sort.by(Sort.Direction.DESC, "name");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = exports.export(TestUsers.QS_ADMIN, filter, sort, out);

        List<String> exported = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= written; r++) {
                exported.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
        }
        assertThat(exported).isNotEmpty().containsExactlyElementsOf(names(filter, sort));
    }

    @Test
    void nameSearchFindsCharactersAnywhereAndPinyinInitialsOrSyllables() {
        assertThat(search("文")).contains("蔡文斌", "郑文斌").allMatch(n -> n.contains("文"));
        assertThat(search("建国")).containsExactlyInAnyOrder("王建国", "冯建国");
        assertThat(search("wjg")).containsExactly("王建国");
        assertThat(search("WJG")).containsExactly("王建国");
        assertThat(search("jianguo")).containsExactlyInAnyOrder("王建国", "冯建国");
        assertThat(search("50%_")).isEmpty();
        assertThat(members.count(TestUsers.QS_ADMIN, new MemberFilter(null, null, null, "wjg"))).isEqualTo(1);
        // the scope still applies: HN's admin does not find QS's 王建国
        assertThat(members.page(TestUsers.HN_ADMIN, new MemberFilter(null, null, null, "wjg"), PageRequest.of(0, 50)))
                .isEmpty();
    }

    @Test
    void aRenamedMemberIsSortedAndFoundByTheNewName() {
        Member member = members.page(TestUsers.QS_ADMIN, new MemberFilter(null, null, null, "wjg"),
                PageRequest.of(0, 1)).getFirst();
        Member edited = members.get(TestUsers.QS_ADMIN, member.getId());
        edited.setName("阿建国");
        members.save(TestUsers.QS_ADMIN, edited);
        try {
            assertThat(search("ajg")).containsExactly("阿建国");
            assertThat(search("wjg")).isEmpty();
            assertThat(names(MemberFilter.none(), Sort.by("name")).getFirst()).isEqualTo("阿建国");
        } finally {
            Member back = members.get(TestUsers.QS_ADMIN, member.getId());
            back.setName("王建国");
            members.save(TestUsers.QS_ADMIN, back);
        }
    }

    @Test
    void membersFollowTheirUnitWhenItMoves() {
        Organization branch = organizations.create(TestUsers.QS_ADMIN, unit("QS").getId(),
                new Organization("QS-GRID-B", "排序测试支部", OrganizationType.BRANCH));
        Organization general = organizations.create(TestUsers.QS_ADMIN, unit("QS").getId(),
                new Organization("QS-GRID-Z", "排序测试总支", OrganizationType.GENERAL_BRANCH));
        Member member = members.page(TestUsers.QS_ADMIN, new MemberFilter(null, null, null, "wjg"),
                PageRequest.of(0, 1)).getFirst();
        long home = jdbc.queryForObject("select organization_id from member where id = ?", Long.class, member.getId());
        members.moveAll(TestUsers.QS_ADMIN, List.of(member.getId()), branch.getId());
        try {
            organizations.move(TestUsers.QS_ADMIN, branch.getId(), general.getId());

            assertThat(names(new MemberFilter(general.getId(), null, null, null), Sort.unsorted()))
                    .containsExactly("王建国");
            assertThat(jdbc.queryForObject("select org_path from member where id = ?", String.class, member.getId()))
                    .isEqualTo(unit("QS-GRID-B").getPath());
        } finally {
            members.moveAll(TestUsers.QS_ADMIN, List.of(member.getId()), home);
            organizations.deactivate(TestUsers.QS_ADMIN, general.getId());
        }
    }

    private List<String> search(String text) {
        return names(new MemberFilter(null, null, null, text), Sort.by("name"));
    }

    private List<String> names(MemberFilter filter, Sort sort) {
        return members.page(TestUsers.QS_ADMIN, filter, PageRequest.of(0, 500, sort)).stream()
                .map(Member::getName).toList();
    }

    private Organization unit(String code) {
        return units.findByCode(code).orElseThrow();
    }
}
