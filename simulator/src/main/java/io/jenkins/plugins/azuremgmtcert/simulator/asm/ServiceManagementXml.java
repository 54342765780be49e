package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The response bodies of the wire facts §3, with the live namespace declarations. */
final class ServiceManagementXml {

    static final String NAMESPACE = "http://schemas.microsoft.com/windowsazure";
    private static final String ROOT_ATTRIBUTES =
            " xmlns=\"" + NAMESPACE + "\" xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"";

    private ServiceManagementXml() {}

    /** Get Subscription (§3.3), the first elements and a few quotas. */
    static String subscription(String subscriptionId, SimulatedSubscription subscription) {
        return "<Subscription" + ROOT_ATTRIBUTES + ">"
                + element("SubscriptionID", subscriptionId)
                + element("SubscriptionName", subscription.name())
                + element("SubscriptionStatus", subscription.status())
                + element("AccountAdminLiveEmailId", "admin@example.com")
                + element("ServiceAdminLiveEmailId", "admin@example.com")
                + element("MaxCoreCount", "20") + element("MaxStorageAccounts", "100")
                + element("MaxHostedServices", "20") + element("CurrentCoreCount", "0")
                + element(
                        "CurrentHostedServices",
                        Integer.toString(subscription.hostedServices().size()))
                + element("CurrentStorageAccounts", "0")
                + element("AADTenantID", "11111111-1111-1111-1111-111111111111")
                + element("CreatedTime", "2012-05-02T01:53:33Z")
                + "</Subscription>";
    }

    /** List Cloud Services (§3.2), in the element order of the 2015 recording ({@code VirtualMachinesRoleSizes}). */
    static String hostedServices(URI baseUrl, String subscriptionId, List<SimulatedSubscription.Service> services) {
        StringBuilder xml =
                new StringBuilder("<HostedServices").append(ROOT_ATTRIBUTES).append('>');
        for (SimulatedSubscription.Service service : services) {
            xml.append(hostedService(baseUrl, subscriptionId, service));
        }
        return xml.append("</HostedServices>").toString();
    }

    static String hostedService(URI baseUrl, String subscriptionId, SimulatedSubscription.Service service) {
        String label = Base64.getEncoder().encodeToString(service.name().getBytes(StandardCharsets.UTF_8));
        return "<HostedService>"
                + element("Url", baseUrl + "/" + subscriptionId + "/services/hostedservices/" + service.name())
                + element("ServiceName", service.name())
                + "<HostedServiceProperties><Description i:nil=\"true\"/>"
                + (service.location() == null
                        ? element("AffinityGroup", "simulated-affinity-group")
                        : element("Location", service.location()))
                + element("Label", label)
                + (service.status() == null ? "" : element("Status", service.status()))
                + element("DateCreated", "2015-06-23T22:39:29Z")
                + element("DateLastModified", "2015-06-23T22:40:05Z")
                + "<ExtendedProperties/></HostedServiceProperties>"
                + "<ComputeCapabilities><WebWorkerRoleSizes><RoleSize>Small</RoleSize></WebWorkerRoleSizes>"
                + "<VirtualMachinesRoleSizes><RoleSize>Small</RoleSize></VirtualMachinesRoleSizes>"
                + "</ComputeCapabilities></HostedService>";
    }

    /** The live error shape (§3.7). */
    static String error(String code, String message) {
        return "<Error" + ROOT_ATTRIBUTES + ">" + element("Code", code) + element("Message", message) + "</Error>";
    }

    /** A body cut off inside an element. */
    static String malformed() {
        return "<Subscription" + ROOT_ATTRIBUTES + "><SubscriptionID>0000</SubscriptionID><SubscriptionName>Cut";
    }

    /** A DOCTYPE with an external entity used in the subscription name. */
    static String xxe(URI entityUri) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<!DOCTYPE Subscription [<!ENTITY xxe SYSTEM \"" + entityUri + "\">]>"
                + "<Subscription" + ROOT_ATTRIBUTES + ">"
                + "<SubscriptionID>00000000-0000-0000-0000-000000000000</SubscriptionID>"
                + "<SubscriptionName>&xxe;</SubscriptionName><SubscriptionStatus>Active</SubscriptionStatus>"
                + "</Subscription>";
    }

    /** An HTML 404 page such as a web server that no longer serves the API shows. */
    static String retiredHtml() {
        return "<!DOCTYPE html><html><head><title>404 - Not Found</title></head><body>"
                + "<h1>The resource you are looking for has been removed, had its name changed, or is temporarily"
                + " unavailable.</h1></body></html>";
    }

    private static String element(String name, String value) {
        return "<" + name + ">" + escape(value) + "</" + name + ">";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
