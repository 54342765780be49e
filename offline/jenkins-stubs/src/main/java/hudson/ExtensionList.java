package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.AbstractList;

/** API stub of {@code hudson.ExtensionList} (jenkins-core). Offline no extension is registered: look-ups are empty. */
public class ExtensionList<T> extends AbstractList<T> {
    private ExtensionList() {}

    public static @NonNull <T> ExtensionList<T> lookup(Class<T> type) {
        return new ExtensionList<>();
    }

    public static @NonNull <U> U lookupSingleton(Class<U> type) {
        throw new IllegalStateException("stub: no extension of " + type.getName() + " offline");
    }

    @Override
    public T get(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public int size() {
        return 0;
    }
}
