package care.whatmatters.directory.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Tells duplicates apart. Two services with the same {@link #of fingerprint} say exactly the same thing
 * (every detail but their ids and when they were last modified), so an import merges them; two with the
 * same {@link #duplicateKey} (name and postcode) are probably the same service described twice, so they are
 * flagged for an editor to look at.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(CommunityService s) {
        StringBuilder c = new StringBuilder();
        add(c, s.organisation().name(), s.organisation().description(), s.organisation().email(),
                s.organisation().website(), s.name(), s.status().code());
        ServiceInfo i = s.info();
        add(c, i.description(), i.url(), i.email(), i.fees(), i.accreditations(), i.alert());
        Eligibility e = s.eligibility();
        add(c, e.minimumAge(), e.maximumAge(), e.description(), s.assurance().assuredDate(),
                s.assurance().assurerEmail(), s.capacity().status(), s.capacity().waitingWeeks(),
                s.costPerSession() == null ? null : s.costPerSession().pence());
        s.locations().forEach(l -> add(c, l.type(), l.name(), l.description(), l.point(),
                l.address() == null ? null : l.address().oneLine(), l.address() == null ? null : l.address().county(),
                l.accessibility().stream().map(a -> a.description() + "/" + a.details()).toList()));
        s.schedules().forEach(x -> add(c, x.freq(), x.interval(), x.byDayCode(), x.byMonthDayCode(), x.opensAt(),
                x.closesAt(), x.validFrom(), x.validTo(), x.description()));
        s.costOptions().forEach(x -> add(c, x.option(), x.amount() == null ? null : x.amount().pence(),
                x.amountDescription()));
        s.languages().forEach(x -> add(c, x.name(), x.code()));
        s.terms().forEach(x -> add(c, x.name(), x.taxonomy()));
        return sha256(c.toString());
    }

    /** Lower-case name and postcode without spaces: "armley striders|ls122qt". */
    public static String duplicateKey(CommunityService s) {
        String postcode = s.postcode().map(p -> p.replace(" ", "")).orElse("");
        return (s.name().strip() + "|" + postcode).toLowerCase(Locale.UK);
    }

    private static void add(StringBuilder c, Object... values) {
        for (Object v : values) {
            c.append(v == null ? "\u2205" : v.toString()).append('\u241f');
        }
        c.append('\u241e');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
