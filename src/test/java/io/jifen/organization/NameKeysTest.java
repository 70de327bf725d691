package io.jifen.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pinyin sort key and search terms behind the members grid (issue 6, stumble 5). */
class NameKeysTest {

    private static List<String> sorted(String... names) {
        return List.of(names).stream().sorted(Comparator.comparing(NameKeys::sortKey)).toList();
    }

    @Test
    void namesSortLikeADictionaryNotByCodePoint() {
        // by code point: 丁 4E01, 任 4EFB, 何 4F55, 冯 51AF
        assertThat(sorted("丁永生", "任凤英", "何海涛", "冯建国")).containsExactly("丁永生", "冯建国", "何海涛", "任凤英");
        assertThat(sorted("梁山", "李四")).containsExactly("李四", "梁山"); // li before liang
        assertThat(sorted("吕布", "陆游")).containsExactly("陆游", "吕布"); // lu before lü
        assertThat(sorted("许凤英", "徐桂兰")).containsExactly("徐桂兰", "许凤英"); // xu2 before xu3
        assertThat(NameKeys.sortKey("王建国")).isEqualTo("wang2 jian4 guo2");
    }

    @Test
    void surnamesReadAsSurnamesAndRareCharactersStillHavePinyin() {
        assertThat(NameKeys.sortKey("曾家豪")).startsWith("zeng1 ");
        assertThat(NameKeys.sortKey("单田芳")).startsWith("shan4 ");
        assertThat(NameKeys.sortKey("解放")).startsWith("xie4 ");
        // 冼 is outside GB2312's pinyin-ordered level 1, where gbk_chinese_ci would order it by radical
        assertThat(sorted("冼星海", "王建国", "谢晋")).containsExactly("王建国", "冼星海", "谢晋");
    }

    @Test
    void latinNamesAndPunctuationKeepAnAsciiKey() {
        assertThat(NameKeys.sortKey("阿不都·热合曼")).isEqualTo("a1 bu4 dou1 re4 he2 man4");
        assertThat(NameKeys.sortKey("Émile 王")).isEqualTo("emile wang2");
        assertThat(NameKeys.sortKey("测试12")).isEqualTo("ce4 shi4 12");
        assertThat(NameKeys.sortKey("")).isEmpty();
    }

    @Test
    void searchTermsCoverEverySubstringStartAndThePinyin() {
        assertThat(NameKeys.searchTerms("王建国")).containsExactlyInAnyOrder(
                "王建国", "建国", "国", "wjg", "jg", "g", "wangjianguo", "jianguo", "guo");
        assertThat(NameKeys.searchTerms("测试12")).contains("测试12", "cs1", "ceshi12", "12");
        assertThat(NameKeys.searchable(" W J G ")).isEqualTo("wjg");
    }
}
