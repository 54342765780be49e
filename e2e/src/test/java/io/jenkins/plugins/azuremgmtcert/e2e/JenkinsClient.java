package io.jenkins.plugins.azuremgmtcert.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The controller's HTTP API as one user: Basic authentication with the user's API token (so no crumb is needed, as
 * Jenkins exempts token-authenticated requests), or anonymous with a crumb and session cookie. Redirects are not
 * followed, so a test sees the 302 of a successful form submission.
 */
final class JenkinsClient {
    private static final Pattern CRUMB = Pattern.compile("\"crumb\":\"([^\"]+)\"");
    private static final Pattern RESULT = Pattern.compile("\"result\":(null|\"([A-Z_]+)\")");

    private final URI root;
    private final HttpClient http;
    private final String authorization;

    private final boolean needsCrumb;

    private JenkinsClient(URI root, String authorization) {
        this(root, authorization, authorization == null);
    }

    private JenkinsClient(URI root, String authorization, boolean needsCrumb) {
        this.root = root;
        this.authorization = authorization;
        this.needsCrumb = needsCrumb;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static JenkinsClient anonymous(URI root) {
        return new JenkinsClient(root, null);
    }

    static JenkinsClient withToken(URI root, String user, String token) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
        return new JenkinsClient(root, "Basic " + basic);
    }

    /** Basic authentication with a password: Jenkins still wants a crumb for such POSTs. */
    static JenkinsClient withPassword(URI root, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new JenkinsClient(root, "Basic " + basic, true);
    }

    URI root() {
        return root;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POSTs form fields; anonymous requests carry a crumb. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        if (needsCrumb) {
            String crumb = crumb();
            builder.header("Jenkins-Crumb", crumb);
            all.put("Jenkins-Crumb", crumb);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(encode(all))));
    }

    /** POSTs without a crumb even when anonymous: what a forged cross-site request looks like. */
    HttpResponse<String> postFormWithoutCrumb(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    HttpResponse<String> postXml(String path, String xml) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/xml");
        if (needsCrumb) {
            builder.header("Jenkins-Crumb", crumb());
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(xml)));
    }

    /** Runs a Groovy script in the script console (needs Overall/Administer) and returns what it printed. */
    String script(String groovy) throws IOException, InterruptedException {
        HttpResponse<String> response = postForm("scriptText", Map.of("script", groovy));
        if (response.statusCode() != 200) {
            throw new IOException("script console answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Creates a Pipeline job from its script (the sandbox on) and returns its name. */
    String createPipeline(String name, String script) throws IOException, InterruptedException {
        String xml = "<flow-definition plugin=\"workflow-job\"><definition"
                + " class=\"org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition\" plugin=\"workflow-cps\"><script>"
                + xmlEscape(script) + "</script><sandbox>true</sandbox></definition></flow-definition>";
        createItem(name, xml);
        return name;
    }

    void createItem(String name, String configXml) throws IOException, InterruptedException {
        HttpResponse<String> response = postXml("createItem?name=" + urlEncode(name), configXml);
        if (response.statusCode() != 200) {
            throw new IOException("createItem " + name + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Schedules a build and returns its number once it has started. */
    int startBuild(String job) throws IOException, InterruptedException {
        String jobPath = jobPath(job);
        int next = Integer.parseInt(
                get(jobPath + "api/json?tree=nextBuildNumber").body().replaceAll("\\D+", ""));
        HttpResponse<String> scheduled = postForm(jobPath + "build?delay=0sec", Map.of());
        if (scheduled.statusCode() != 201 && scheduled.statusCode() != 302) {
            throw new IOException("build of " + job + " answered " + scheduled.statusCode());
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (get(jobPath + next + "/api/json?tree=number").statusCode() == 200) {
                return next;
            }
            Thread.sleep(250);
        }
        throw new IOException(job + " #" + next + " did not start");
    }

    /** Waits for the build to finish and returns its result (SUCCESS, FAILURE, ABORTED…). */
    String waitForResult(String job, int number, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String path = jobPath(job) + number + "/api/json?tree=result,building";
        while (Instant.now().isBefore(deadline)) {
            String body = get(path).body();
            Matcher m = RESULT.matcher(body);
            if (m.find() && m.group(2) != null && body.contains("\"building\":false")) {
                return m.group(2);
            }
            Thread.sleep(300);
        }
        throw new IOException(job + " #" + number + " did not finish in " + timeout + "; log:\n" + log(job, number));
    }

    /** Waits until the build's log contains the text (while the build runs). */
    String waitForLog(String job, int number, String text, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String log = log(job, number);
            if (log.contains(text)) {
                return log;
            }
            Thread.sleep(300);
        }
        throw new IOException(job + " #" + number + " never logged " + text + "; log:\n" + log(job, number));
    }

    String log(String job, int number) throws IOException, InterruptedException {
        return get(jobPath(job) + number + "/consoleText").body();
    }

    /** Runs the job once and returns its log; fails unless the result is the expected one. */
    String buildAndExpect(String job, String expectedResult) throws IOException, InterruptedException {
        int number = startBuild(job);
        String result = waitForResult(job, number, Duration.ofMinutes(3));
        String log = log(job, number);
        if (!expectedResult.equals(result)) {
            throw new AssertionError(
                    job + " #" + number + " ended " + result + ", expected " + expectedResult + "; log:\n" + log);
        }
        return log;
    }

    static String jobPath(String fullName) {
        StringBuilder path = new StringBuilder();
        for (String part : fullName.split("/")) {
            path.append("job/").append(urlEncode(part)).append('/');
        }
        return path.toString();
    }

    private String crumb() throws IOException, InterruptedException {
        String body = get("crumbIssuer/api/json").body();
        Matcher m = CRUMB.matcher(body);
        if (!m.find()) {
            throw new IOException("no crumb in " + body);
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofMinutes(2));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String xmlEscape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
