/**
 * A loopback simulator of Azure Service Management (retired 31 August 2024) and the misbehaving network around it.
 *
 * <ul>
 *   <li>{@link io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator}: HTTPS on 127.0.0.1 with
 *       its own CA ({@code trustStore()}), mutual TLS checked by certificate thumbprint, Get Subscription and List
 *       Cloud Services (paged if asked) with the wire-facts XML, headers and errors, and
 *       {@link io.jenkins.plugins.azuremgmtcert.simulator.asm.Fault}s injected per request: delay, dropped
 *       connection, Azure errors (5xx, 429/503 with {@code Retry-After}), malformed XML, bodies over 1 MiB, a DTD/XXE
 *       payload, an HTML 404, any raw answer with extra headers.
 *   <li>{@link io.jenkins.plugins.azuremgmtcert.simulator.asm.SilentServer} (accepts, never answers),
 *       {@link io.jenkins.plugins.azuremgmtcert.simulator.asm.PlainHttpServer} (plain HTTP behind an https URL),
 *       {@link io.jenkins.plugins.azuremgmtcert.simulator.asm.RefusingProxy} (refuses CONNECT with 407 or 403) and
 *       {@link io.jenkins.plugins.azuremgmtcert.simulator.asm.LoopbackPorts#closedPort()}.
 * </ul>
 *
 * <p>The accept-any client trust manager is confined to the simulator's own server side.
 */
package io.jenkins.plugins.azuremgmtcert.simulator.asm;
