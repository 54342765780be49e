package io.jenkins.plugins.azuremgmtcert.credentials;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsStore;
import hudson.model.Item;
import hudson.model.ModelObject;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * The permission rules follow the credential store of the request's context: Credentials/Create or Update on a store
 * the context holds for Test Connection, Credentials/View there for the download, Overall/Administer without a
 * context; the stores of the context's parents and the item permissions do not count.
 */
class WebMethodAccessTest {
    private static final ModelObject JENKINS = FakeStore.context("Jenkins");
    private static final ModelObject FOLDER = FakeStore.context("folder");
    private static final ModelObject USER = FakeStore.context("alice");
    private static final ModelObject JOB = FakeStore.context("folder/job");

    private final List<Permission> askedOfRoot = new ArrayList<>();

    /** The access with these stores contributing to every context (as {@code lookupStores} adds the parents'). */
    private WebMethodAccess access(boolean administrator, CredentialsStore... stores) {
        AccessControlled root = () -> ACL.lambda2((authentication, permission) -> {
            askedOfRoot.add(permission);
            return administrator;
        });
        return new WebMethodAccess(() -> root, () -> JENKINS, context -> List.of(stores));
    }

    @Test
    void testConnectionWithoutAContextNeedsAdminister() {
        assertThrows(AccessDeniedException.class, () -> access(false).checkCreateOrUpdate(null));
        assertDoesNotThrow(() -> access(true).checkCreateOrUpdate(null));
        assertEquals(List.of(Jenkins.ADMINISTER, Jenkins.ADMINISTER), askedOfRoot);
    }

    @Test
    void testConnectionNeedsCreateOrUpdateOnTheContextsStore() {
        FakeStore viewOnly = new FakeStore(FOLDER, Set.of(CredentialsProvider.VIEW, Item.CONFIGURE));
        assertThrows(AccessDeniedException.class, () -> access(true, viewOnly).checkCreateOrUpdate(FOLDER));
        assertEquals(List.of(CredentialsProvider.CREATE, CredentialsProvider.UPDATE), viewOnly.asked);

        FakeStore create = new FakeStore(FOLDER, Set.of(CredentialsProvider.CREATE));
        assertDoesNotThrow(() -> access(false, create).checkCreateOrUpdate(FOLDER));
        FakeStore update = new FakeStore(FOLDER, Set.of(CredentialsProvider.UPDATE));
        assertDoesNotThrow(() -> access(false, update).checkCreateOrUpdate(FOLDER));
        assertTrue(askedOfRoot.isEmpty(), "a context's store decides, not Overall/Administer");
    }

    @Test
    void aUserMayTestConnectionsInTheirOwnStore() {
        FakeStore own = new FakeStore(USER, Set.of(CredentialsProvider.CREATE, CredentialsProvider.UPDATE));

        assertDoesNotThrow(() -> access(false, own).checkCreateOrUpdate(USER));
    }

    @Test
    void aContextWithoutAStoreOfItsOwnIsRefusedThoughItsParentsGrant() {
        FakeStore folder = new FakeStore(FOLDER, Set.of(CredentialsProvider.CREATE, CredentialsProvider.VIEW));
        FakeStore system = new FakeStore(JENKINS, Set.of(CredentialsProvider.CREATE, CredentialsProvider.VIEW));
        WebMethodAccess access = access(true, folder, system);

        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> access.checkCreateOrUpdate(JOB));
        assertTrue(denied.getMessage().contains("folder/job"), denied.getMessage());
        assertThrows(AccessDeniedException.class, () -> access.viewableStores(JOB));
        assertTrue(folder.asked.isEmpty());
        assertTrue(system.asked.isEmpty());
    }

    @Test
    void downloadNeedsViewOnTheContextsStoreAndAsksAsTheRequester() {
        FakeStore createOnly = new FakeStore(FOLDER, Set.of(CredentialsProvider.CREATE));
        assertThrows(AccessDeniedException.class, () -> access(true, createOnly).viewableStores(FOLDER));

        FakeStore view = new FakeStore(FOLDER, Set.of(CredentialsProvider.VIEW));
        FakeStore parent = new FakeStore(JENKINS, Set.of(CredentialsProvider.VIEW));
        assertEquals(List.of(view), access(false, view, parent).viewableStores(FOLDER));
        assertFalse(view.askedAs.isEmpty());
        assertTrue(view.askedAs.stream().allMatch(Jenkins.getAuthentication2()::equals), view.askedAs::toString);
        assertFalse(view.askedAs.contains(ACL.SYSTEM2));
    }

    @Test
    void downloadWithoutAContextUsesTheRootsStore() {
        FakeStore system = new FakeStore(JENKINS, Set.of(CredentialsProvider.VIEW));

        assertEquals(List.of(system), access(false, system).viewableStores(null));
        assertThrows(
                AccessDeniedException.class,
                () -> access(true, new FakeStore(JENKINS, Set.of())).viewableStores(null));
    }
}
