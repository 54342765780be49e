/**
 * The plugin's domain: management certificates, {@code .publishsettings} files, the Azure clients and the files a
 * build gets. Nothing here imports Jenkins ({@code hudson.*}, {@code jenkins.*}, {@code org.kohsuke.*},
 * {@code com.cloudbees.*}, {@code org.jenkinsci.*}); {@code DomainArchitectureTest} keeps it so. The Jenkins glue in
 * the sibling packages adapts Jenkins types and calls in here.
 */
package io.jenkins.plugins.azuremgmtcert.domain;
