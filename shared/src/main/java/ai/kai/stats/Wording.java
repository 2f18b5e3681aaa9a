package ai.kai.stats;

/** Phrases naming what is measured and where, so that interpretations read naturally with or without a variable name. */
final class Wording {
    private Wording() {
    }

    /** "the mean revenue in North" or, without a variable name, "the mean of North". */
    static String meanIn(String variable, String group) {
        return variable == null ? "the mean of " + group : "the mean " + variable + " in " + group;
    }

    /** The second half of a comparison: "in South" or "the mean of South". */
    static String thanIn(String variable, String group) {
        return variable == null ? "the mean of " + group : "in " + group;
    }

    /** "that in South" or "the mean of South", after "does not differ significantly from". */
    static String fromThatIn(String variable, String group) {
        return variable == null ? "the mean of " + group : "that in " + group;
    }

    /** "the mean revenue" or "the mean". */
    static String mean(String variable) {
        return variable == null ? "the mean" : "the mean " + variable;
    }

    /** "values of revenue" or "values". */
    static String values(String variable) {
        return variable == null ? "values" : "values of " + variable;
    }

    /** "the distribution of revenue" or "the distribution of the values". */
    static String distribution(String variable) {
        return variable == null ? "the distribution of the values" : "the distribution of " + variable;
    }

    static String sentence(String s) {
        return Format.capitalize(s);
    }

    /** " (one-sided)" for one-sided alternatives, else "". */
    static String sidedness(Alternative alternative) {
        return alternative == Alternative.TWO_SIDED ? "" : ", one-sided";
    }

    /** "95% CI 1.1 to 4.1", or for one-sided intervals "95% CI from 1.1 upward" / "95% CI up to 4.1". */
    static String interval(double level, ConfidenceInterval ci, int decimals) {
        String pct = Format.percent(level) + " CI ";
        if (ci.lower() != null && ci.upper() != null) {
            return pct + Format.fixed(ci.lower(), decimals) + " to " + Format.fixed(ci.upper(), decimals);
        }
        if (ci.lower() != null) {
            return pct + "from " + Format.fixed(ci.lower(), decimals) + " upward";
        }
        return pct + "up to " + Format.fixed(ci.upper(), decimals);
    }
}
