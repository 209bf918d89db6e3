package com.fours.dms.reminder;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.followup.OutreachChannel;
import com.fours.dms.notification.Channel;
import java.util.Set;

/** The channel a reminder message goes on: e-mail when preferred (or the only one), else SMS; never one the customer opted out of. */
final class ReminderChannels {
    private ReminderChannels() {}

    /** Null when the customer has no channel left (no address, or opted out of both). */
    static Channel pick(CustomerService.Summary c, Set<OutreachChannel> optedOut) {
        if (c == null) {
            return null;
        }
        boolean email = c.email() != null && !c.email().isBlank() && !optedOut.contains(OutreachChannel.EMAIL);
        boolean sms = c.phone() != null && !c.phone().isBlank() && !optedOut.contains(OutreachChannel.SMS);
        if (!email && !sms) {
            return null;
        }
        return email && (c.prefersEmail() || !sms) ? Channel.EMAIL : Channel.SMS;
    }
}
