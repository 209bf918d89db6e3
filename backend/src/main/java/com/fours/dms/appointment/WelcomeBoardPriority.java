package com.fours.dms.appointment;

import com.fours.dms.appointment.api.PreparationApi.BoardEntry;
import com.fours.dms.appointment.api.PreparationApi.EntryKind;
import java.util.Comparator;

/** R-APT-8: appointment customers are received first and must visibly get better treatment than walk-ins. */
final class WelcomeBoardPriority {
    private WelcomeBoardPriority() {}

    static boolean hasPriority(EntryKind kind) {
        return kind == EntryKind.APPOINTMENT;
    }

    /** Priority first, then by arrival. */
    static final Comparator<BoardEntry> ORDER = Comparator.comparing((BoardEntry e) -> !e.priority())
            .thenComparing(BoardEntry::arrivalAt);
}
