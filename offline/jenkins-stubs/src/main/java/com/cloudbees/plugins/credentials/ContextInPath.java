package com.cloudbees.plugins.credentials;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * API stub of {@code com.cloudbees.plugins.credentials.ContextInPath} (credentials plugin): the parameter annotation
 * only. The real one is meta-annotated {@code @InjectedParameter(ContextInPath.HandlerImpl.class)}, whose handler
 * resolves the credentials store context of a request; offline nothing injects it.
 */
@Retention(RUNTIME)
@Target(PARAMETER)
@Documented
public @interface ContextInPath {}
