package org.jvnet.hudson.annotation_indexer;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * API stub of {@code org.jvnet.hudson.annotation_indexer.Indexed} (annotation-indexer). The real jar on Maven Central
 * (1.4) cannot be resolved there; the offline build's own processor (build-tools) writes the index in its format.
 */
@Documented
@Retention(RUNTIME)
@Target(ANNOTATION_TYPE)
public @interface Indexed {}
