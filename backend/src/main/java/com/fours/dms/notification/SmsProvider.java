package com.fours.dms.notification;

/** An SMS gateway. The default implementation ({@link LoggingSmsProvider}) writes the message to the log; a real gateway replaces it as a CDI alternative. */
public interface SmsProvider {
    /** The name recorded on the row as the provider that accepted the message. */
    String name();

    void send(String phone, String text) throws Exception;
}
