package io.jenkins.plugins.azuremgmtcert.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Item;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.verb.POST;

/** The step's and the wrapper's web methods take their item first and accept POST only. */
class StepWebMethodsTest {

    @Test
    void everyWebMethodTakesItsItemAndActsOnPostOnly() {
        List<String> problems = new ArrayList<>();
        int webMethods = 0;
        for (Class<?> descriptor :
                List.of(WithAzureCertStep.DescriptorImpl.class, AzureCertificateBuildWrapper.DescriptorImpl.class)) {
            for (Method m : descriptor.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || !m.getName().startsWith("do")) {
                    continue;
                }
                webMethods++;
                String name = descriptor.getName() + "." + m.getName();
                if (m.getParameterCount() == 0
                        || m.getParameterTypes()[0] != Item.class
                        || !m.getParameters()[0].isAnnotationPresent(AncestorInPath.class)) {
                    problems.add(name + " does not take @AncestorInPath Item first");
                }
                if (!m.isAnnotationPresent(POST.class)) {
                    problems.add(name + " is not @POST");
                }
            }
        }
        assertEquals(2, webMethods);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
