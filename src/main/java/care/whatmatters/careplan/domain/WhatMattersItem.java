package care.whatmatters.careplan.domain;

import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.util.UUID;

/** Something that matters to the person, in their own words ("getting to lectures on my own"). */
public record WhatMattersItem(UUID id, int position, String text, Stamp created, Stamp updated, Voiding voided) {

    WhatMattersItem reworded(String newText, Stamp stamp) {
        return new WhatMattersItem(id, position, newText, created, stamp, voided);
    }

    WhatMattersItem voided(Voiding voiding) {
        return new WhatMattersItem(id, position, text, created, voiding.toStamp(), voiding);
    }

    public boolean live() {
        return voided == null;
    }
}
