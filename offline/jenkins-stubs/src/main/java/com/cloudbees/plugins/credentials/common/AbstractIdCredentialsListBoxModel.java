package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * API stub of {@code com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel} (credentials plugin):
 * the fluent methods are declared here, as in the real class. Offline there are no stores, so {@link #includeMatchingAs}
 * adds nothing.
 */
public abstract class AbstractIdCredentialsListBoxModel<
                T extends AbstractIdCredentialsListBoxModel<T, C>, C extends IdCredentials>
        extends ListBoxModel {

    private static final long serialVersionUID = 1L;

    @NonNull
    protected abstract String describe(@NonNull C c);

    /** As the real method: a leading empty choice, once. */
    public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
        for (Option option : this) {
            if (option.value.isEmpty()) {
                return this;
            }
        }
        add(0, new Option("- none -", ""));
        return this;
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(
            @NonNull Authentication authentication,
            @Nullable Item context,
            @NonNull Class<? extends C> type,
            @NonNull List<DomainRequirement> domainRequirements,
            @NonNull CredentialsMatcher matcher) {
        return this;
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(
            @NonNull Authentication authentication,
            @NonNull ItemGroup context,
            @NonNull Class<? extends C> type,
            @NonNull List<DomainRequirement> domainRequirements,
            @NonNull CredentialsMatcher matcher) {
        return this;
    }

    /** As the real method: the empty choice for an empty value, else the value first (after an empty choice). */
    public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(@NonNull String value) {
        if (value.isEmpty()) {
            return includeEmptyValue();
        }
        for (Option option : this) {
            if (option.value.equals(value)) {
                return this;
            }
        }
        int index = isEmpty() ? 0 : get(0).value.isEmpty() ? 1 : 0;
        add(index, new Option("- current -", value));
        return this;
    }
}
