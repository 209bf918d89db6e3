package com.fours.dms.shared.observability;

import io.quarkus.logging.LoggingFilter;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The last line of defence against personal data in the logs: whatever a log statement, a driver
 * or an exception message carries, mobile and landline numbers, e-mail addresses and resident ID
 * numbers are replaced by a placeholder before a handler writes the record (console and file:
 * {@code quarkus.log.*.filter=dms-redact}). Names cannot be recognised by pattern: code never logs
 * them (the request line logs route templates; the outbox logs message ids, not recipients).
 */
@LoggingFilter(name = "dms-redact")
public final class LogRedaction implements Filter {
    private static final String EDGE_BEFORE = "(?<![0-9A-Za-z])";
    private static final String EDGE_AFTER = "(?![0-9A-Za-z])";
    private static final Pattern MOBILE = Pattern.compile(EDGE_BEFORE + "(?:\\+?86[- ]?)?1[3-9][0-9]{9}" + EDGE_AFTER);
    private static final Pattern LANDLINE = Pattern.compile(EDGE_BEFORE + "0[1-9][0-9]{1,2}-[1-9][0-9]{6,7}" + EDGE_AFTER);
    private static final Pattern RESIDENT_ID = Pattern.compile(EDGE_BEFORE + "[1-9][0-9]{16}[0-9Xx]" + EDGE_AFTER);
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String formatted = ext.getFormattedMessage();
            String redacted = redact(formatted);
            if (formatted != null && !formatted.equals(redacted)) {
                ext.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
            // An account may be named by its phone number (staff who sign in with their mobile).
            String user = ext.getMdc(RequestLog.USER);
            String redactedUser = redact(user);
            if (user != null && !user.equals(redactedUser)) {
                ext.putMdc(RequestLog.USER, redactedUser);
            }
        } else if (record.getMessage() != null && record.getParameters() == null) {
            record.setMessage(redact(record.getMessage()));
        }
        if (record.getThrown() != null) {
            record.setThrown(redact(record.getThrown(), new IdentityHashMap<>()));
        }
        return true;
    }

    /** The text with every phone number, e-mail address and resident ID number replaced. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = EMAIL.matcher(text).replaceAll("[email]");
        s = RESIDENT_ID.matcher(s).replaceAll("[id-number]");
        s = MOBILE.matcher(s).replaceAll("[phone]");
        return LANDLINE.matcher(s).replaceAll("[phone]");
    }

    /** 139****5678: enough for an operator to tell two recipients apart, not enough to call one. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "***";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** The same chain with redacted messages; the very same objects when nothing needed redacting. */
    private static Throwable redact(Throwable t, Map<Throwable, Throwable> seen) {
        if (t == null) {
            return null;
        }
        if (seen.containsKey(t)) {
            return seen.get(t);
        }
        seen.put(t, t);
        Throwable cause = t.getCause() == t ? null : redact(t.getCause(), seen);
        String message = t.getMessage();
        String redacted = redact(message);
        if (cause == t.getCause() && (message == null || message.equals(redacted))) {
            return t;
        }
        Throwable copy = new Redacted(t.getClass().getName(), redacted, cause, t.getStackTrace());
        seen.put(t, copy);
        return copy;
    }

    /** Prints as the original exception (its class name and redacted message) with its stack trace. */
    static final class Redacted extends RuntimeException {
        private final String original;

        Redacted(String original, String message, Throwable cause, StackTraceElement[] trace) {
            super(message, cause, false, true);
            this.original = original;
            setStackTrace(trace);
        }

        @Override
        public String toString() {
            return getMessage() == null ? original : original + ": " + getMessage();
        }
    }
}
