package io.jifen.organization;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The stored keys behind the members grid's name order and name search. MariaDB orders Chinese by code point
 * (丁, 任, 何, 冯…) and gbk_chinese_ci only knows the 3,755 level-1 characters by pinyin (others by radical, and a
 * character outside GBK becomes '?'), so the pinyin is computed here and stored, where a plain B-tree index serves it.
 */
public final class NameKeys {

    /** Longest search term stored; longer input is cut to the same length, so a prefix match still holds. */
    public static final int MAX_TERM = 100;
    static final int MAX_SORT_KEY = 400;

    /** Surnames read differently from the character's first reading in pinyin4j's table (曾 is zeng, not ceng). */
    private static final Map<Character, String> SURNAMES = Map.ofEntries(
            Map.entry('曾', "zeng1"), Map.entry('单', "shan4"), Map.entry('解', "xie4"), Map.entry('仇', "qiu2"),
            Map.entry('区', "ou1"), Map.entry('朴', "piao2"), Map.entry('查', "zha1"), Map.entry('盖', "ge3"),
            Map.entry('乐', "yue4"), Map.entry('覃', "qin2"), Map.entry('缪', "miao4"), Map.entry('翟', "zhai2"),
            Map.entry('召', "shao4"), Map.entry('繁', "po2"), Map.entry('重', "chong2"), Map.entry('柏', "bai3"),
            Map.entry('秘', "bi4"), Map.entry('种', "chong2"), Map.entry('员', "yun4"), Map.entry('沈', "shen3"),
            Map.entry('长', "zhang3"), Map.entry('尉', "yu4"), Map.entry('万', "wan4"), Map.entry('薄', "bo2"),
            Map.entry('祭', "zhai4"), Map.entry('蕃', "pi2"), Map.entry('阚', "kan4"), Map.entry('隗', "wei3"));

    /** Characters whose first reading in pinyin4j's table is not the usual one inside a given name (长青: chang). */
    private static final Map<Character, String> GIVEN_NAMES = Map.of('长', "chang2", '行', "xing2", '乐', "le4");

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITH_TONE_NUMBER);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private NameKeys() {
    }

    /**
     * The ASCII sort key: one token per character (pinyin with tone number, ü as v) or per run of Latin letters and
     * digits, separated by spaces. The space sorts below letters and digits, so 李 (li3) comes before 梁 (liang2)
     * and 吕 (lv3) after 陆 (lu4), as in a dictionary.
     */
    public static String sortKey(String name) {
        String key = String.join(" ", tokens(name));
        return key.length() > MAX_SORT_KEY ? key.substring(0, MAX_SORT_KEY) : key;
    }

    /**
     * Every string a search may start with to find this name: the suffixes of the name itself (so "文" finds 蔡文斌
     * through a prefix match on "文斌"), of its pinyin initials ("wjg", "jg") and of its pinyin from each syllable on
     * ("jianguo").
     */
    public static Set<String> searchTerms(String name) {
        Set<String> terms = new LinkedHashSet<>();
        if (name == null) {
            return terms;
        }
        addSuffixes(terms, searchable(name));
        List<String> syllables = tokens(name).stream().map(t -> t.replaceFirst("(?<=[a-z])[1-5]$", "")).toList();
        StringBuilder initials = new StringBuilder();
        syllables.forEach(s -> initials.append(s.charAt(0)));
        addSuffixes(terms, initials.toString());
        for (int i = 0; i < syllables.size(); i++) {
            terms.add(cut(String.join("", syllables.subList(i, syllables.size()))));
        }
        terms.remove("");
        return terms;
    }

    /** What a user typed, in the form the stored terms have: lower case, no spaces, at most {@link #MAX_TERM}. */
    public static String searchable(String input) {
        return cut(input.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
    }

    private static void addSuffixes(Set<String> terms, String text) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            terms.add(cut(text.substring(i)));
        }
    }

    private static String cut(String text) {
        return text.length() > MAX_TERM ? text.substring(0, MAX_TERM) : text;
    }

    private static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        if (name == null) {
            return tokens;
        }
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String pinyin = pinyin(c, tokens.isEmpty() && latin.isEmpty());
            if (pinyin != null) {
                flush(latin, tokens);
                tokens.add(pinyin);
            } else if (Character.isLetterOrDigit(c)) {
                latin.append(c);
            } else {
                flush(latin, tokens);
            }
        }
        flush(latin, tokens);
        return tokens;
    }

    /** Latin letters without accents, so that the key stays ASCII (é sorts as e). */
    private static void flush(StringBuilder latin, List<String> tokens) {
        if (!latin.isEmpty()) {
            String plain = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
            if (!plain.isEmpty()) {
                tokens.add(plain.toLowerCase(Locale.ROOT));
            }
            latin.setLength(0);
        }
    }

    private static String pinyin(char c, boolean surname) {
        if (surname && SURNAMES.containsKey(c)) {
            return SURNAMES.get(c);
        }
        if (!surname && GIVEN_NAMES.containsKey(c)) {
            return GIVEN_NAMES.get(c);
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0].replace("u:", "v");
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
