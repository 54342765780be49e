package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import org.kohsuke.stapler.HttpResponse;

/** API stub of {@code hudson.util.ListBoxModel} (jenkins-core): a list of options. */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> implements HttpResponse {
    private static final long serialVersionUID = 1L;

    public ListBoxModel() {
        super();
    }

    public void add(@NonNull String displayName, @NonNull String value) {
        add(new Option(displayName, value));
    }

    /** API stub of {@code ListBoxModel.Option}. */
    public static final class Option {
        public String name;

        public String value;

        public boolean selected;

        public Option(@NonNull String name, @NonNull String value) {
            this(name, value, false);
        }

        public Option(@NonNull String name, @NonNull String value, boolean selected) {
            this.name = name;
            this.value = value;
            this.selected = selected;
        }
    }
}
