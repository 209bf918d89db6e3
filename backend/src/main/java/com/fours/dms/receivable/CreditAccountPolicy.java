package com.fours.dms.receivable;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.receivable.api.ReceivableApi.AccountView;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.math.BigDecimal;
import java.util.List;

/**
 * R-DEL-3: who may be billed on account and how far. Credit is for fleet (company) customers and
 * insurers only, never for a private customer; a charge on an account (a fleet's bill on account,
 * an insurer's share of a bill) is at most the credit still available (limit − outstanding): at the
 * limit is within it, one fen above is refused, and the refusal names the credit available.
 */
final class CreditAccountPolicy {
    static final String RULE = "R-DEL-3";
    /** The customer type (R-ARC-3) a fleet account belongs to. */
    static final String FLEET_CUSTOMER_TYPE = "COMPANY";

    private CreditAccountPolicy() {}

    static void requireFleetCustomer(CustomerService.Summary customer) {
        if (customer == null || !FLEET_CUSTOMER_TYPE.equals(customer.type())) {
            throw new ProblemException(422, RULE, "Refused by business rule " + RULE,
                    "Credit accounts are for fleet (company) customers and insurers; " + (customer == null ? "the customer" : customer.name())
                            + " is a private customer and pays at the counter",
                    List.of(new Violation("customerId", "is a private customer: credit accounts are for fleet (company) customers and insurers (R-DEL-3)")), null);
        }
    }

    static void requireWithinCredit(AccountView account, BigDecimal charge) {
        if (charge.compareTo(account.available()) > 0) {
            throw refused("The charge of " + charge + " is above the credit available on " + account.name() + ": " + account.available() + " (limit "
                    + account.creditLimit() + ", outstanding " + account.outstanding() + ")", account.available());
        }
    }

    static ProblemException refused(String detail, BigDecimal available) {
        return new ProblemException(422, RULE, "Refused by business rule " + RULE, detail,
                List.of(new Violation("amount", "at most the credit available, " + available)), null);
    }
}
