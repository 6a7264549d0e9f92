package cn.esip.speech.tts;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.util.List;

/**
 * Rewrites Hanzi as tone-numbered pinyin (HanLP's word-based conversion, which resolves polyphones
 * such as 银行 yin2 hang2 / 重新 chong2 xin1 that espeak-ng's own character reading gets wrong);
 * other characters pass through, Chinese punctuation becomes ASCII punctuation so espeak-ng pauses.
 */
public final class PinyinConverter {

    /** The text with every Hanzi replaced by its pinyin syllable, e.g. {@code 银行。} → {@code yin2 hang2.}. */
    public String toPinyin(String text) {
        List<Pinyin> pinyin = HanLP.convertToPinyinList(text);
        StringBuilder sb = new StringBuilder(text.length() * 4);
        boolean lastWasSyllable = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Pinyin p = i < pinyin.size() ? pinyin.get(i) : Pinyin.none5;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && p != Pinyin.none5) {
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                sb.append(p.name()); // espeak-ng's pinyin voice reads v as ü (lv4 = lü4)
                lastWasSyllable = true;
                continue;
            }
            String mapped = punctuation(c);
            if (lastWasSyllable && mapped.isEmpty() && !Character.isWhitespace(c)) {
                sb.append(' ');
            }
            sb.append(mapped.isEmpty() ? String.valueOf(c) : mapped);
            lastWasSyllable = false;
        }
        return sb.toString().replaceAll(" {2,}", " ").strip();
    }

    private static String punctuation(char c) {
        return switch (c) {
            case '。', '．' -> ". ";
            case '，', '、' -> ", ";
            case '！' -> "! ";
            case '？' -> "? ";
            case '；' -> "; ";
            case '：' -> ": ";
            case '“', '”', '「', '」', '『', '』', '《', '》', '（', '）' -> " ";
            default -> "";
        };
    }
}
