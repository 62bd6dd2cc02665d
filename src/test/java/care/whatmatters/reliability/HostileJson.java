package care.whatmatters.reliability;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of hostile request bodies, made by breaking a valid body the ways clients and attackers
 * do: cut short, a value swapped for a wrong type or an extreme, random bytes spliced in, deep nesting,
 * duplicated keys, or plain junk.
 */
final class HostileJson {

    private HostileJson() {
    }

    /** A JSON value of the wrong shape, or an extreme of the right one. */
    static Arbitrary<String> strangeValues() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "[]", "{}", "\"\"", "-1", "0", "1e309", "-0.0", "99999999999999999999",
                        "9223372036854775808", "\"\\u0000\"", "\"\\ud800\"", "NaN", "\"2026-02-30\"", "[[[[[[[[[[]]]]]]]]]]",
                        "\"" + "x".repeat(5000) + "\"", "{\"$ref\":\"#\"}", "\"<script>alert(1)</script>\"",
                        "\"'; drop table person; --\"", "\"\u202E\u200B\""),
                Arbitraries.strings().all().ofMaxLength(40).map(HostileJson::quote),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf));
    }

    /** A body made by breaking {@code valid}. */
    static Arbitrary<String> breaking(String valid) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, valid.length());
        return Arbitraries.oneOf(
                at.map(i -> valid.substring(0, i)),
                Combinators.combine(at, Arbitraries.strings().all().ofMaxLength(8)).as((i, s) ->
                        valid.substring(0, i) + s + valid.substring(i)),
                Combinators.combine(Arbitraries.of(keysOf(valid)), strangeValues()).as((key, value) ->
                        replaceValue(valid, key, value)),
                Arbitraries.integers().between(1, 3000).map(d -> "[".repeat(d) + "]".repeat(d)),
                Arbitraries.integers().between(1, 3000).map(d -> "{\"a\":".repeat(d) + "1" + "}".repeat(d)),
                Arbitraries.just(valid.replaceFirst("\\{", "{\"x\":1,")),
                Arbitraries.just(valid.replaceFirst("}$", "," + valid.substring(1))),
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.of("", "null", "[]", "\"text\"", "{", "}", "{\"", "\u0000", "\uFEFF" + valid));
    }

    private static List<String> keysOf(String json) {
        List<String> keys = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile("\"([A-Za-z_]+)\"\\s*:").matcher(json);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys.isEmpty() ? List.of("none") : keys;
    }

    /** Swaps the first value of {@code key} (a string, number, literal or flat array) for {@code value}. */
    private static String replaceValue(String json, String key, String value) {
        return json.replaceFirst("\"" + key + "\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|\\[[^\\[\\]{}]*]|[-0-9.eE+]+|true|false|null)",
                java.util.regex.Matcher.quoteReplacement("\"" + key + "\":" + value));
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
