package jenkins;

/** API stub of {@code jenkins.YesNoMaybe} (jenkins-core); only the constants. */
public enum YesNoMaybe {
    YES,
    NO,
    MAYBE
}
