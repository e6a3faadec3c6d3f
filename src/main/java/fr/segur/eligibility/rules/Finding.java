package fr.segur.eligibility.rules;

import java.util.List;

/**
 * One explained criterion outcome: which criterion, how it contributed to the measure, and its message (rendered
 * in French or English at the edge). A warning code marks findings that must be surfaced as warnings when their
 * measure is paid.
 */
public record Finding(String criterion, Truth truth, Message message, String warningCode) {

    public Finding(String criterion, Truth truth, String messageKey, List<String> args, String warningCode) {
        this(criterion, truth, new Message(messageKey, args), warningCode);
    }

    public Finding(String criterion, Truth truth, String messageKey, List<String> args) {
        this(criterion, truth, new Message(messageKey, args), null);
    }

    Finding negated(String negatedCriterion) {
        return new Finding(negatedCriterion, truth.not(), message, warningCode);
    }
}
