package io.jenkins.plugins.azuremgmtcert.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The credentials plugin's Add / Update dialog with the Azure Management Certificate form in it, as a user works it:
 * pick the kind, type into fields, choose a radio block, upload files through the file input, press Test Connection,
 * Create / Save.
 */
final class CredentialDialog {
    static final String KIND = "Azure Management Certificate";
    static final String UPLOAD_PFX = "Upload a .pfx file";
    static final String PASTE_PEM = "Paste PEM text";
    static final String IMPORT_PUBLISH_SETTINGS = "Import a .publishsettings file";
    static final String GENERATE = "Generate a new certificate";
    static final String KEEP_CURRENT = "Keep the saved certificate";
    static final String SECRET_FILE = "Use a Secret file credential";

    private final Browser browser;

    private CredentialDialog(Browser browser) {
        this.browser = browser;
    }

    /**
     * Opens a store's domain page (e.g. {@code manage/credentials/store/system/domain/_/}), presses Add Credentials and
     * picks the Azure Management Certificate kind.
     */
    static CredentialDialog add(Browser browser, String domainPath) {
        browser.go(domainPath);
        browser.click(browser.waitForClickable(By.xpath("//*[self::a or self::button][contains(normalize-space(.),"
                + " 'Add Credentials') or contains(normalize-space(.), 'Add credentials')]")));
        browser.click(browser.waitForClickable(kindOption()));
        browser.click(browser.waitForClickable(By.id("cr-dialog-next")));
        browser.waitFor(By.name("_.subscriptionId"));
        return new CredentialDialog(browser);
    }

    /** The kind picker's entry for this credential (name, description and icon). */
    static By kindOption() {
        return By.xpath("//*[normalize-space(text())='" + KIND + "']");
    }

    /** Opens a saved credential's page and its Update dialog. */
    static CredentialDialog update(Browser browser, String credentialPath) {
        browser.go(credentialPath);
        browser.click(browser.waitForClickable(By.cssSelector("button[data-type='credentials-update']")));
        browser.waitFor(By.name("_.subscriptionId"));
        return new CredentialDialog(browser);
    }

    CredentialDialog subscription(String id) {
        return type("_.subscriptionId", id);
    }

    CredentialDialog id(String id) {
        return type("_.id", id);
    }

    CredentialDialog description(String description) {
        return type("_.description", description);
    }

    CredentialDialog tenant(String tenant) {
        return type("_.tenantId", tenant);
    }

    CredentialDialog application(String application) {
        return type("_.applicationId", application);
    }

    CredentialDialog cloud(String visibleText) {
        // the list is filled by the page's fill request once the dialog has loaded
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> new Select(field("_.cloud"))
                        .getOptions().stream().anyMatch(o -> o.getText().equals(visibleText)));
        new Select(field("_.cloud")).selectByVisibleText(visibleText);
        return this;
    }

    /** Opens the Advanced section of Step 1 and types the custom Service Management URL. */
    CredentialDialog serviceManagementUrl(String url) {
        WebElement input = browser.driver().findElement(By.name("_.customServiceManagementUrl"));
        if (!input.isDisplayed()) {
            browser.click(browser.driver().findElement(By.xpath("(//button[contains(@class,'advanced-button')])[1]")));
        }
        return type("_.customServiceManagementUrl", url);
    }

    /**
     * Opens the Advanced section of the Resource Manager step and types the custom authority host and Resource Manager
     * URL (Azure Stack Hub, a private cloud, a simulator).
     */
    CredentialDialog resourceManagerEndpoints(String authorityHost, String resourceManagerUrl) {
        WebElement input = browser.driver().findElement(By.name("_.customAuthorityHost"));
        if (!input.isDisplayed()) {
            browser.click(input.findElement(By.xpath("preceding::button[contains(@class,'advanced-button')][1]")));
        }
        type("_.customAuthorityHost", authorityHost);
        return type("_.customResourceManagerUrl", resourceManagerUrl);
    }

    /** Chooses "Keep the saved certificate" (offered when updating a saved credential). */
    CredentialDialog keepCurrent() {
        return choose(KEEP_CURRENT);
    }

    /** The Update dialog's "current certificate" entry: summary line, .cer link and upload instructions. */
    String currentCertificate() {
        return currentCertificateEntry().getText();
    }

    /** The SHA-1 thumbprint the Update dialog shows for the saved certificate (40 upper-case hex digits). */
    String currentThumbprint() {
        return thumbprintIn(currentCertificate());
    }

    /**
     * Clicks the dialog's ".cer" link as a user would and returns the file the browser saved (in its download
     * folder), once it is complete.
     */
    Path downloadCerByClick() {
        WebElement link = currentCertificateEntry().findElement(By.cssSelector("a[href*='downloadCertificate']"));
        browser.click(link);
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            try (var files = java.nio.file.Files.list(browser.downloads())) {
                return files.filter(f -> f.getFileName().toString().endsWith(".cer"))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    private WebElement currentCertificateEntry() {
        return browser.waitFor(By.xpath("//a[contains(@href,'downloadCertificate')]"
                + "/ancestor::div[contains(@class,'jenkins-form-item')][1]"));
    }

    /** The first SHA-1 thumbprint named in a text, e.g. a certificate summary. */
    static String thumbprintIn(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("SHA-1 thumbprint ([0-9A-F]{40})")
                .matcher(text);
        if (!m.find()) {
            throw new AssertionError("no SHA-1 thumbprint in: " + text);
        }
        return m.group(1);
    }

    CredentialDialog choose(String radioLabel) {
        browser.click(browser.waitForClickable(By.xpath(
                "//label[contains(@class,'jenkins-radio__label')]" + "[normalize-space(.)='" + radioLabel + "']")));
        return this;
    }

    /** Chooses "Upload a .pfx file", picks the file and types its password (may be empty). */
    CredentialDialog uploadPfx(Path file, String password) {
        choose(UPLOAD_PFX);
        chooseFile(".pfx", file);
        // always typed (an empty password clears an earlier one), so the file's check runs with this password
        return type("_.keyStorePassword", password == null ? "" : password);
    }

    /** Chooses "Paste PEM text", adds the text and types the key's password (may be empty). */
    CredentialDialog pastePem(String pem, String password) {
        choose(PASTE_PEM);
        WebElement textarea = browser.driver().findElement(By.name("_.pem"));
        if (!textarea.isDisplayed()) {
            browser.click(
                    textarea.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' secret ')][1]"
                            + "//button[contains(@class,'secret-update-btn')]")));
        }
        // the text as the clipboard would paste it: one input event, not a key stroke per character
        browser.script(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                textarea,
                pem);
        if (password != null && !password.isEmpty()) {
            type("_.pemPassword", password);
        }
        return this;
    }

    /**
     * Chooses "Use a Secret file credential", waits until the list (filled by the page) offers {@code fileId}, picks
     * it and types the password (may be empty).
     */
    CredentialDialog useSecretFile(String fileId, String password) {
        choose(SECRET_FILE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> secretFileOptions().contains(fileId));
        new Select(field("_.secretFileCredentialsId")).selectByValue(fileId);
        browser.script(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field("_.secretFileCredentialsId"));
        return type("_.secretFilePassword", password == null ? "" : password);
    }

    /** The IDs the Secret file list offers now. */
    List<String> secretFileOptions() {
        return new Select(field("_.secretFileCredentialsId"))
                .getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    CredentialDialog importPublishSettings(Path file) {
        choose(IMPORT_PUBLISH_SETTINGS);
        chooseFile(".publishsettings", file);
        return this;
    }

    /**
     * Empties the hidden fields into which the page's script copied the chosen files, as if that script had not run
     * or not finished: what is saved then can only come from the file input itself.
     */
    CredentialDialog forgetScriptCopiesOfFiles() {
        browser.script("for (const e of document.querySelectorAll('.azure-mgmt-cert-file-content')) { e.value = ''; }");
        return this;
    }

    CredentialDialog generate() {
        return choose(GENERATE);
    }

    /** Ticks "Next certificate (roll-over)" on the Update dialog, which opens the next certificate's sources. */
    CredentialDialog addNext() {
        WebElement box = browser.driver().findElement(By.name("nextCertificateEnabled"));
        if (!box.isSelected()) {
            browser.script("arguments[0].scrollIntoView({block: 'center'});", box);
            browser.click(box.findElement(By.xpath("following-sibling::label")));
        }
        return this;
    }

    /** Chooses a source of the next certificate (the same labels as the current one's, the later block). */
    CredentialDialog chooseNext(String radioLabel) {
        browser.click(browser.waitForClickable(By.xpath("(//label[contains(@class,'jenkins-radio__label')]"
                + "[normalize-space(.)='" + radioLabel + "'])[last()]")));
        return this;
    }

    /** The Update dialog's next certificate entry: summary, whether it was tested, its .cer link. */
    String nextCertificate() {
        return browser.waitFor(By.xpath("//div[contains(@class,'azure-mgmt-cert-next')]"
                        + "/ancestor::div[contains(@class,'jenkins-form-item')][1]"))
                .getText();
    }

    /** The text of the Update dialog's roll-over section (next, previous, history). */
    String rolloverSection() {
        WebElement section = browser.waitFor(By.xpath("//ul[contains(@class,'azure-mgmt-cert-history')]"
                + "/ancestor::*[contains(@class,'jenkins-section')][1]"));
        reveal(section, "end"); // where a user reads it
        return section.getText();
    }

    /** Clicks the next certificate's ".cer" link and returns the file the browser saved. */
    Path downloadNextCerByClick() {
        WebElement link = browser.waitFor(By.cssSelector("a[href*='which=next']"));
        browser.click(link);
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            try (var files = java.nio.file.Files.list(browser.downloads())) {
                return files.filter(f -> f.getFileName().toString().endsWith(".cer"))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    /** Presses Promote (or another roll-over button, by its web method) and returns its answer. */
    String pressRolloverButton(String method) {
        return pressValidateButton(method);
    }

    /** Presses Test Connection and returns what the page shows once the test has answered. */
    String testConnection() {
        return pressValidateButton("testConnection");
    }

    private String pressValidateButton(String method) {
        WebElement button =
                browser.driver().findElement(By.cssSelector("button[data-validate-button-method='" + method + "']"));
        WebElement area = button.findElement(
                By.xpath("following-sibling::div[contains(@class,'jenkins-validate-button__container__status')]"));
        // validateButton.js replaces the area's content with each answer: mark what is there, wait for a new one
        browser.script(
                "for (const e of arguments[0].querySelectorAll('*')) { e.setAttribute('data-e2e-seen', ''); }", area);
        browser.click(button);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .until(d -> Boolean.TRUE.equals(browser.script(
                        "return [...arguments[0].querySelectorAll('*')].some(e => !e.hasAttribute('data-e2e-seen'))"
                                + " && arguments[0].innerText.trim().length > 0;",
                        area)));
        // where a user reads it, once it has unfolded: the whole answer, with as much of the form above it as fits
        settle(area);
        reveal(area, "end");
        // the text as the page holds it: while the area still grows open, WebDriver's visible text can be empty
        return String.valueOf(browser.script("return arguments[0].innerText.trim();", area));
    }

    /** The validation message shown under a field once its check has answered (blank when it is fine). */
    String messageUnder(String fieldName, String expectedPart) {
        WebElement field = browser.driver().findElement(By.name(fieldName));
        By area = By.xpath("//*[@name='" + fieldName + "']/ancestor::div[contains(@class,'jenkins-form-item')][1]"
                + "//div[contains(@class,'validation-error-area')]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d ->
                        d.findElements(area).stream().anyMatch(e -> e.getText().contains(expectedPart)));
        // where a user reads it: the field's entry with its message, in the middle of the dialog
        reveal(field.findElement(By.xpath("ancestor::div[contains(@class,'jenkins-form-item')][1]")), "center");
        return String.valueOf(browser.script(
                "return arguments[0].innerText.trim();",
                field.findElement(By.xpath("ancestor::div[contains(@class,'jenkins-form-item')][1]"
                        + "//div[contains(@class,'validation-error-area')]"))));
    }

    /** Waits (briefly) until the validation areas inside have finished growing open. */
    private void settle(WebElement container) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(d -> Boolean.TRUE.equals(browser.script(
                            "return [...arguments[0].querySelectorAll('.validation-error-area')]"
                                    + ".every(e => e.style.height === '' || e.style.height === 'auto');",
                            container)));
        } catch (org.openqa.selenium.TimeoutException e) {
            // still moving: the text is there all the same
        }
    }

    /**
     * Scrolls the dialog's own content (not the page behind it) so that the element is at its {@code "end"} (bottom,
     * or its top when it is taller than the dialog) or {@code "center"}, as a user scrolls to read it.
     */
    private void reveal(WebElement element, String where) {
        browser.script("""
                const el = arguments[0];
                let box = el.parentElement;
                while (box && !(box.scrollHeight > box.clientHeight
                        && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) {
                    box = box.parentElement;
                }
                if (!box) { el.scrollIntoView({block: 'center', behavior: 'instant'}); return; }
                const e = el.getBoundingClientRect();
                const r = box.getBoundingClientRect();
                // the Create / Save bar stays over the bottom of the scrolled content
                const submit = document.getElementById('cr-dialog-submit');
                const bottom = submit ? Math.min(r.bottom, submit.getBoundingClientRect().top - 16) : r.bottom;
                const b = {top: r.top, bottom: bottom, height: bottom - r.top};
                let delta;
                if (arguments[1] === 'center') {
                    delta = (e.top + e.height / 2) - (b.top + b.height / 2);
                } else if (e.height + 16 > b.height) {
                    delta = e.top - b.top - 8;
                } else {
                    delta = e.bottom - b.bottom + 16;
                }
                box.scrollTop += delta;
                """, element, where);
    }

    /** Waits until the message under the field no longer contains this text (e.g. once the input is corrected). */
    CredentialDialog waitForMessageGone(String fieldName, String part) {
        By area = By.xpath("//*[@name='" + fieldName + "']/ancestor::div[contains(@class,'jenkins-form-item')][1]"
                + "//div[contains(@class,'validation-error-area')]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d ->
                        d.findElements(area).stream().noneMatch(e -> e.getText().contains(part)));
        return this;
    }

    /** Presses Create (or Save) and waits for the dialog to close. */
    void submit() {
        browser.click(browser.waitForClickable(By.id("cr-dialog-submit")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .until(d -> d.findElements(By.id("cr-dialog-submit")).isEmpty());
    }

    /**
     * Presses Create (or Save) when the input is expected to be refused, and returns what the browser shows then: the
     * page's text once the dialog has closed or the page has answered (whichever the credentials plugin does).
     */
    String submitExpectingRefusal() {
        String before = browser.driver().findElement(By.tagName("body")).getText();
        browser.click(browser.waitForClickable(By.id("cr-dialog-submit")));
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
                String now = d.findElement(By.tagName("body")).getText();
                return d.findElements(By.id("cr-dialog-submit")).isEmpty() || !now.equals(before);
            });
            // let the answer settle (a notification, an error page or the reloaded list)
            Thread.sleep(2000);
        } catch (org.openqa.selenium.TimeoutException e) {
            // nothing changed on screen: that is what the user sees
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    /** Presses Create (or Save) and returns the text of the dialog, which stays open because the input was refused. */
    String submitRefused(String expectedPart) {
        browser.click(browser.waitForClickable(By.id("cr-dialog-submit")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> d.getPageSource().contains(expectedPart));
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    private CredentialDialog type(String name, String text) {
        // a radio block that was just chosen may still be unfolding: retry until its field takes the keys
        WebElement input = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    WebElement candidate = field(name);
                    browser.script("arguments[0].scrollIntoView({block: 'center'});", candidate);
                    candidate.clear();
                    candidate.sendKeys(text);
                    return candidate;
                });
        // leave the field, so its check runs as when a user tabs on
        browser.script(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));" + " arguments[0].blur();", input);
        return this;
    }

    private WebElement field(String name) {
        List<WebElement> all = browser.driver().findElements(By.name(name));
        return all.stream().filter(WebElement::isDisplayed).findFirst().orElse(all.get(0));
    }

    /** Chooses the file in the input and waits until the page has read it into the hidden field beside it. */
    private void chooseFile(String accepting, Path file) {
        WebElement input = fileInput(accepting);
        WebElement content = input.findElement(
                By.xpath("following-sibling::input[contains(@class," + "'azure-mgmt-cert-file-content')]"));
        String before = String.valueOf(content.getDomProperty("value"));
        input.sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .withMessage("the page did not read the chosen file " + file.getFileName())
                .until(d -> {
                    String now = String.valueOf(content.getDomProperty("value"));
                    return !now.isEmpty() && !now.equals(before);
                });
    }

    private WebElement fileInput(String accepting) {
        return browser.driver().findElements(By.cssSelector("input[type=file].azure-mgmt-cert-file")).stream()
                .filter(e -> String.valueOf(e.getAttribute("accept")).contains(accepting))
                .findFirst()
                .orElseThrow();
    }
}
