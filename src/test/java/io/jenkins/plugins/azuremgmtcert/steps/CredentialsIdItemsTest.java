package io.jenkins.plugins.azuremgmtcert.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.model.Item;
import hudson.security.AccessControlled;
import hudson.util.ListBoxModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who may not list credential IDs in the step's and the wrapper's forms: they get back only the value they sent, and
 * no credential store is consulted. (Listing for permitted users needs credential stores, so it is tested with a
 * running Jenkins in {@code WithAzureCertStepJenkinsTest}.)
 */
class CredentialsIdItemsTest {

    private static List<String> values(ListBoxModel model) {
        return model.stream().map(option -> option.value).toList();
    }

    @Test
    void userWithoutExtendedReadOrUseItemGetsOnlyTheCurrentValue() {
        Item item = mock(Item.class);
        ListBoxModel model = CredentialsIdItems.forItem(item, "current", () -> {
            throw new AssertionError("the root is not consulted for an item");
        });
        assertEquals(List.of("current"), values(model));
    }

    @Test
    void withoutItemANonAdministratorGetsOnlyTheCurrentValue() {
        AccessControlled root = mock(AccessControlled.class);
        assertEquals(List.of("x"), values(CredentialsIdItems.forItem(null, "x", () -> root)));
    }

    @Test
    void deniedUserWithoutCurrentValueGetsOnlyTheEmptyChoice() {
        Item item = mock(Item.class);
        when(item.hasPermission(Item.CONFIGURE)).thenReturn(true);
        assertEquals(List.of(""), values(CredentialsIdItems.forItem(item, null, () -> null)));
    }
}
