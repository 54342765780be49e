package hudson.model;

import hudson.util.XStream2;

/** API stub of {@code hudson.model.Items} (jenkins-core): the XStream instance for items' configuration. */
public class Items {
    public static final XStream2 XSTREAM2 = new XStream2();
}
