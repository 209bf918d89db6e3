package com.fours.dms.settlement;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.arc.DefaultBean;
import java.util.ArrayList;
import java.util.List;

/** The default fapiao "provider": records the number and date the cashier entered from the tax platform. */
@ApplicationScoped
@DefaultBean
public class RecordedFapiao implements FapiaoIssuer {
    @Override
    public Issued issue(Request r) {
        return entered(r);
    }

    @Override
    public Issued redLetter(Request r, String originalNumber) {
        Issued i = entered(r);
        if (i.number().equals(originalNumber)) {
            throw ProblemException.validation(List.of(new Violation("number", "a red-letter fapiao has its own number, not the original's")));
        }
        return i;
    }

    private static Issued entered(Request r) {
        List<Violation> v = new ArrayList<>();
        if (r.enteredNumber() == null || !r.enteredNumber().matches("[0-9A-Za-z-]{8,40}")) {
            v.add(new Violation("number", "enter the fapiao number the tax platform assigned (8 to 40 letters and digits)"));
        }
        if (r.enteredDate() == null) {
            v.add(new Violation("date", "enter the fapiao's date"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        return new Issued(r.enteredNumber(), r.enteredDate());
    }
}
