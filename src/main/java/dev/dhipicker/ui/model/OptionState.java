package dev.dhipicker.ui.model;

/**
 * Whether an answer option can be chosen, and if not, why (a message key and its argument).
 *
 * @param enabled   true when the option can be chosen
 * @param reasonKey message key of the reason it cannot, or null
 * @param argument  argument of the reason (the repository), or null
 */
public record OptionState(boolean enabled, String reasonKey, String argument) {
    static final OptionState ENABLED = new OptionState(true, null, null);

    static OptionState disabled(String reasonKey, String argument) {
        return new OptionState(false, reasonKey, argument);
    }
}
