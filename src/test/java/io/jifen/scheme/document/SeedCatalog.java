package io.jifen.scheme.document;

import io.jifen.scoring.SeedFixtures;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ten seed schemes as template documents, keyed by template id (= file name without {@code .json}). The JSON
 * files in {@code src/main/resources/templates} must equal {@code SchemeDocuments.write} of these; run
 * {@code TemplateSourcesTest} with {@code -Djifen.templates.write=true} to regenerate them.
 */
final class SeedCatalog {

    private SeedCatalog() {
    }

    static Map<String, SchemeDocument> all() {
        Map<String, SchemeDocument> m = new LinkedHashMap<>();
        m.put("s01-qu-fupinban", doc("区扶贫办党支部", "S1", """
                From the seed: items on “三会一课”, 主题党日, 党费 and 先锋模范作用; monthly wall notice, quarterly report \
                at the assembly, objections to the branch meeting or assembly; the quarter's top gets the rotating \
                plaque (流动荣誉牌), laggards a reminder talk; annual score above 90 → 评先选优 and linked to the annual \
                appraisal (exact: YearTotalAbove 90, exclusive). Invented (the seed says “x项内容”): quarterly \
                assessment with annual = average of the quarters, base 60, the item values and category caps \
                (15 / 9 / 6 / bonus 10 / deduction 20), “top” = rank 1 and “laggard” = last in the branch.""", SeedTemplatesA.s1()));
        m.put("s02-jiedao-shequ", doc("xx街道xx社区", "S2", """
                From the seed: the service items 政策宣传, 文体乐民, 民情收集, 法律援助, 纠纷调解 (基础服务) and 微心愿, \
                扶危济困助学捐助, 好家庭好家风传承, 城市精细化管理 (个性化服务); bonus for exceptional deeds and 急难险重 \
                tasks; activists and candidates are scored (items apply to every status); 日记录、月总结、季考评; yearly \
                cycle (annual = sum of quarters); top 10 commended, bottom 3 get a talk with the community party \
                secretary (exact). Invented: the point value of each service (1–3) and the bonus range 1–10. The \
                quarterly gift exchange is handled by the exchange module, not by the scheme.""", SeedTemplatesA.s2()));
        m.put("s03-shi-shebao-zhongxin", doc("市社保中心", "S3", """
                From the seed: 8 dimensions with 29 indicators (exact counts), a self-record booklet (items are \
                self-claimed with evidence), an own indicator system for activists whose annual score decides \
                admission, 五星党员 chosen by 自评 → 小组初评 → 支部审核 → 总支审议 → 公示. Invented (the seed gives no \
                list): the names of the 8 dimensions and 29 indicators, all values and caps (15/15/15/20/10/10/15, \
                deduction ≤ 20), the 5 activist indicators, the star thresholds 90/80/70/60 and the admission \
                threshold (annual ≥ 60).""", SeedTemplatesA.s3()));
        m.put("s04-shi-caizhengju", doc("市财政局xx支部", "S4", """
                From the seed: four parts 基本分, 奉献分, 扣减分, 评议分; 奉献分 depends on the level of the activity or \
                medium (higher level, more points); members declare monthly, the review panel confirms monthly, \
                results are announced quarterly; top scorers become 优秀党员 within the branch's quota. Invented: \
                quarterly assessment with annual sum, the level values 5/4/3/2/1, the part caps (60/20/20/20), the \
                basic items and a quota of 2.""", SeedTemplatesA.s4()));
        m.put("s05-xian-guoqi", doc("xx县县属国有企业", "S5", """
                From the seed: the 8 areas 党的纪律, 党员义务, 岗位建功, 组织生活, 政治学习, 合理化建议, 获得荣誉, 新闻宣传 \
                (exact); 月度积分 = 基础分 + 履职分 + 加分 − 扣分 with base 80 or 100 (two member classes); monthly \
                committee review, quarterly assembly, quarter-end publication; ranking on the average of the published \
                scores (annual = average of the months); 在册、流动党员 and activists are covered; 一岗双责 leader \
                approval for every + / −. Invented: the items of each area, their values and the area caps; which \
                members get base 100 and which 80 is left to the enterprise (class of the member). Not modelled: \
                the seed's “结合实际浮动扣减百分比” (no rule given).""", SeedTemplatesB.s5()));
        m.put("s06-xinba-xiang", doc("新坝乡", "S6", """
                From the seed: three kinds 基本要求, 先锋作用, 违纪扣分; 4 classes with base 10/20/30/50 (exact); monthly \
                subtotal, quarterly check, annual evaluation; final = base + accumulated; 先锋型 ≥80, 带头型 70–79, \
                本色型 60–69, 褪色型 <60 (exact); bed-ridden members exempted and graded by the assembly. Invented: the \
                seed names the items but not their values (14 of its 24 items are listed here with stand-in values). \
                Same as the engine fixture S6Xinba.""", SeedFixtures.s6()));
        m.put("s07-xian-nongcun", doc("xx县委组织部（县级清单）", "S7", """
                The county list that S7 xx乡 extends: 4 aspects with 30 bonus items and 20 deduction items (exact \
                counts); the deduction items are unlocked so townships may drop them, the aspects are open for \
                townships' own bonus items; 4 member types 村组干部 / 普通 / 流动 / 年老体弱. Invented: the aspect names, \
                all item names and values, base 60, quarterly assessment with annual sum.""", SeedTemplatesB.s7County()));
        m.put("s07-xx-xiang", doc("xx乡", "S7", """
                Extension of s07-xian-nongcun: the township adds 10 bonus items and removes 2 deduction items (exact), \
                giving 40 bonus and 18 deduction items; monthly meeting, quarterly appraisal; Q1 statistics of the \
                seed (802 members, 424 claims, 390 confirmed) are data, not rules. Invented: which items were added \
                and removed, and their values.""", SeedTemplatesB.s7Township()));
        m.put("s08-xujiayan-cun", doc("徐家堰村党支部", "S8", """
                From the seed: quarterly collective scoring; cycle score = sum of 4 quarters ÷ 4; 100 is the standard \
                and points above it are reward points; 60–69 基本合格, 70–89 合格, 90–100 优秀; below 基本合格 once → 3 \
                months' correction, twice → 诫勉谈话, three times → organizational handling; probationary at 基本合格 \
                or lower → longer probation; 7-day publication, answer within 3 days (all exact). Invented: the \
                common base 80 of the four classes and the reviewer ranges of the bonus/deduction items. Same as the \
                engine fixture S8Xujiayan.""", SeedFixtures.s8()));
        m.put("s09-gongsi-wuxing", doc("公司党委（五星）", "S9", """
                From the seed: quarterly 100 = 通用积分 60 (基础 55, 加分 ≤5, 否决 ≤20) + 个性积分 40 (基础 35, 加分 ≤5, \
                否决 ≤10) set by each branch; quarterly reset; annual = average; stars 90/80/70/60; 优秀 needs every \
                quarter ≥ 四星 and annual 五星; 二星/一星 → talk in the same month; ill members may be excluded (all \
                exact). Invented: the 通用 基础项 items adding up to 55. Branches add their items through an \
                extension (see s09-gongsi-zhibu). Same as the engine fixture S9Company.""", SeedFixtures.s9()));
        m.put("s09-gongsi-zhibu", doc("公司第一党支部", "S9", """
                Example branch extension of s09-gongsi-wuxing: its own 个性积分 items inside the 35 / 5 / 10 budget. \
                Invented entirely (the seed leaves 个性积分 to each branch). Same as S9Company.branch().""",
                SeedFixtures.s9Branch()));
        m.put("s10-guandao-gongsi", doc("管道公司", "S10", """
                From the seed: 日常行为 75 (学习教育 33, 争创佳绩 20, 服务群众 8, 遵纪守法 8, 弘扬正气 6) + 评议 25 \
                (优秀 23–25, 合格 15–22, 基本合格 ≤14, 不合格 0; each × 50 %) + 奖励 ≤10 (internal journal 2, external 5; \
                group 5, division 4, company 3); 争创佳绩 self-claimed with the department head's sign-off; grades \
                90/80/60; 违法/违纪/违规 → 不合格; two 不合格 in a row → one-on-one help (all exact). Invented: the \
                individual 日常行为 items (“x个量化计分项”). Same as the engine fixture S10Pipeline.""", SeedFixtures.s10()));
        return m;
    }

    private static SchemeDocument doc(String organization, String seed, String description,
            io.jifen.scoring.model.SchemeVersion scheme) {
        return new SchemeDocument(new DocumentInfo(organization, seed, description), scheme);
    }
}
