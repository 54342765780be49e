package io.jenkins.plugins.azuremgmtcert.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.util.ListBoxModel;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.springframework.security.core.Authentication;

/**
 * The step's and the wrapper's credential lists: who may list at all (others get back only the value they sent, and
 * no credential store is consulted), and that the list is looked up as the build would run (the task's
 * authentication) without SYSTEM-scoped credentials for an item.
 */
class CredentialsIdItemsTest {

    /** What the credentials plugin was asked to list. */
    private static final class RecordedListing implements CredentialsIdItems.Listing {
        final List<Authentication> as = new ArrayList<>();
        final List<Item> items = new ArrayList<>();
        final List<CredentialsMatcher> matchers = new ArrayList<>();

        @Override
        public void include(
                com.cloudbees.plugins.credentials.common.StandardListBoxModel model,
                Authentication authentication,
                Item item,
                CredentialsMatcher matcher) {
            as.add(authentication);
            items.add(item);
            matchers.add(matcher);
            model.add("listed", "listed-id");
        }
    }

    private static final CredentialsIdItems.Listing NO_LISTING = (model, authentication, item, matcher) -> {
        throw new AssertionError("credentials were listed");
    };

    private static List<String> values(ListBoxModel model) {
        return model.stream().map(option -> option.value).toList();
    }

    private static Credentials withScope(CredentialsScope scope) {
        Credentials credentials = mock(Credentials.class);
        when(credentials.getScope()).thenReturn(scope);
        return credentials;
    }

    /** A job: an item that is also a queue task, whose builds run as its task's authentication. */
    private static Item job() {
        Item job = mock(Item.class, withSettings().extraInterfaces(Queue.Task.class));
        when(job.hasPermission(Item.EXTENDED_READ)).thenReturn(true);
        return job;
    }

    @Test
    void userWithoutExtendedReadOrUseItemGetsOnlyTheCurrentValue() {
        Item item = mock(Item.class);
        ListBoxModel model = CredentialsIdItems.forItem(
                item,
                "current",
                () -> {
                    throw new AssertionError("the root is not consulted for an item");
                },
                NO_LISTING);
        assertEquals(List.of("current"), values(model));
    }

    @Test
    void withoutItemANonAdministratorGetsOnlyTheCurrentValue() {
        AccessControlled root = mock(AccessControlled.class);
        assertEquals(List.of("x"), values(CredentialsIdItems.forItem(null, "x", () -> root, NO_LISTING)));
    }

    @Test
    void deniedUserWithoutCurrentValueGetsOnlyTheEmptyChoice() {
        Item item = mock(Item.class);
        when(item.hasPermission(Item.CONFIGURE)).thenReturn(true);
        assertEquals(List.of(""), values(CredentialsIdItems.forItem(item, null, () -> null, NO_LISTING)));
    }

    @Test
    void aJobsListIsLookedUpAsItsBuildsRun() {
        Item job = job();
        Authentication buildUser = mock(Authentication.class);
        RecordedListing listing = new RecordedListing();

        ListBoxModel model;
        try (MockedStatic<Tasks> tasks = mockStatic(Tasks.class)) {
            tasks.when(() -> Tasks.getAuthenticationOf2((Queue.Task) job)).thenReturn(buildUser);
            model = CredentialsIdItems.forItem(job, "", () -> null, listing);
        }

        assertEquals(List.of("", "listed-id"), values(model));
        assertEquals(List.of(buildUser), listing.as);
        assertSame(job, listing.items.get(0));
    }

    @Test
    void anItemsListLeavesOutSystemScopedCredentials() {
        RecordedListing listing = new RecordedListing();

        CredentialsIdItems.forItem(job(), "", () -> null, listing);

        CredentialsMatcher matcher = listing.matchers.get(0);
        assertFalse(matcher.matches(withScope(CredentialsScope.SYSTEM)));
        assertTrue(matcher.matches(withScope(CredentialsScope.GLOBAL)));
    }

    @Test
    void anItemThatIsNoTaskAndAFormOutsideItemsListAsTheSystem() {
        Item folder = mock(Item.class);
        when(folder.hasPermission(Item.EXTENDED_READ)).thenReturn(true);
        AccessControlled root = mock(AccessControlled.class);
        when(root.hasPermission(Jenkins.ADMINISTER)).thenReturn(true);
        RecordedListing listing = new RecordedListing();

        CredentialsIdItems.forItem(folder, "", () -> null, listing);
        CredentialsIdItems.forItem(null, "", () -> root, listing);

        assertEquals(List.of(ACL.SYSTEM2, ACL.SYSTEM2), listing.as);
        assertNull(listing.items.get(1));
        assertTrue(listing.matchers.get(1).matches(withScope(CredentialsScope.SYSTEM)), "outside items: all scopes");
    }
}
