package fr.segur.eligibility.dsn;

import fr.segur.eligibility.api.EvaluationResponse.Warning;
import fr.segur.eligibility.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pay facts of a contract: its pay rate for the month (public agents: the rate of S21.G00.51 type 021, or an
 * estimate from an ordinary sick leave S21.G00.60) and the CTI paid (S21.G00.51 type 022, amount .013).
 */
final class DsnPay {

    /** The pay rate (an engine PayRate name, or null for the default) and the CTI paid (null when no type 022 line). */
    record Result(String payRate, BigDecimal ctiPaid) {
    }

    private static final String P = DsnReader.PAY + ".";
    private static final String S = DsnReader.SICK_LEAVE + ".";

    private DsnPay() {
    }

    static Result read(DsnContract contract, boolean publicAgent, YearMonth month, DsnTables tables, DsnValues values,
                       List<Warning> warnings, Locale locale) {
        BigDecimal cti = null;
        BigDecimal rate = null;
        int rates = 0;
        for (Map<String, Rubrique> pay : contract.pay()) {
            String type = pay.get(P + "011") == null ? null : pay.get(P + "011").value();
            if ("022".equals(type)) {
                BigDecimal amount = values.decimal(pay, P + "013");
                cti = amount == null ? cti : (cti == null ? amount : cti.add(amount));
            } else if ("021".equals(type) && pay.containsKey(P + "014")) {
                BigDecimal declared = values.decimal(pay, P + "014");
                if (declared != null) {
                    rates += rate == null || rate.compareTo(declared) != 0 ? 1 : 0;
                    rate = declared;
                }
            }
        }
        String payRate = null;
        if (publicAgent && rate != null) {
            if (rates > 1) {
                warnings.add(warning(locale, "DSN_SEVERAL_PAY_RATES", "dsn.warning.payRates", rate.toPlainString()));
            }
            payRate = tables.payRateOf(rate);
            if (payRate == null) {
                warnings.add(warning(locale, "DSN_PAY_RATE_UNKNOWN", "dsn.warning.payRateUnknown", rate.toPlainString()));
            }
        } else {
            payRate = fromSickLeave(contract, publicAgent, month, tables, values, warnings, locale);
        }
        return new Result(payRate, cti);
    }

    /** Without a declared rate: an estimate for a public agent on ordinary sick leave all month, a warning otherwise. */
    private static String fromSickLeave(DsnContract contract, boolean publicAgent, YearMonth month, DsnTables tables,
                                        DsnValues values, List<Warning> warnings, Locale locale) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        for (Map<String, Rubrique> leave : contract.sickLeaves()) {
            String motif = leave.get(S + "001") == null ? null : leave.get(S + "001").value();
            LocalDate lastWorked = values.date(leave, S + "002");
            LocalDate plannedEnd = values.date(leave, S + "003");
            LocalDate back = values.date(leave, S + "010");
            LocalDate end = back != null ? back.minusDays(1) : plannedEnd;
            if (lastWorked == null || !lastWorked.isBefore(last) || (end != null && end.isBefore(first))) {
                continue; // not in the month
            }
            boolean wholeMonth = lastWorked.isBefore(first) && (end == null || !end.isBefore(last));
            if (publicAgent && wholeMonth && tables.isOrdinarySickLeave(motif)) {
                String rate = tables.sickPay(lastWorked.plusDays(1), first);
                warnings.add(warning(locale, "DSN_SICK_PAY_ESTIMATED", "dsn.warning.sickLeaveEstimated",
                        lastWorked.plusDays(1).toString(), rate));
                return rate;
            }
            warnings.add(warning(locale, "DSN_SICK_LEAVE_NOT_APPLIED",
                    publicAgent ? "dsn.warning.sickLeaveOther" : "dsn.warning.sickLeavePrivate", String.valueOf(motif)));
        }
        return null;
    }

    static Warning warning(Locale locale, String code, String key, Object... args) {
        return new Warning(code, Messages.render(locale, key, args));
    }
}
