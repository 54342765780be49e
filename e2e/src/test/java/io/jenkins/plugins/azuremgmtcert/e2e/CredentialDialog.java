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
    static final String KEEP_CURRENT = "Keep the current certificate";

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

    CredentialDialog choose(String radioLabel) {
        browser.click(browser.waitForClickable(By.xpath(
                "//label[contains(@class,'jenkins-radio__label')]" + "[normalize-space(.)='" + radioLabel + "']")));
        return this;
    }

    /** Chooses "Upload a .pfx file", picks the file and types its password (may be empty). */
    CredentialDialog uploadPfx(Path file, String password) {
        choose(UPLOAD_PFX);
        fileInput(".pfx").sendKeys(file.toAbsolutePath().toString());
        if (password != null && !password.isEmpty()) {
            type("_.keyStorePassword", password);
        }
        return this;
    }

    /** Chooses "Paste PEM text", adds the text and types the key's password (may be empty). */
    CredentialDialog pastePem(String pem, String password) {
        choose(PASTE_PEM);
        WebElement textarea = browser.driver().findElement(By.name("_.pem"));
        if (!textarea.isDisplayed()) {
            browser.click(textarea.findElement(By.xpath(
                    "ancestor::div[contains(@class,'secret')][1]//button[contains(@class,'secret-update-btn')]")));
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

    CredentialDialog importPublishSettings(Path file) {
        choose(IMPORT_PUBLISH_SETTINGS);
        fileInput(".publishsettings").sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    CredentialDialog generate() {
        return choose(GENERATE);
    }

    /** Presses Test Connection and returns what the page shows once the test has answered. */
    String testConnection() {
        WebElement button =
                browser.driver().findElement(By.cssSelector("button[data-validate-button-method='testConnection']"));
        WebElement area = button.findElement(
                By.xpath("following-sibling::div[contains(@class,'jenkins-validate-button__container__status')]"));
        // validateButton.js replaces the area's content with each answer: mark what is there, wait for a new one
        browser.script(
                "for (const e of arguments[0].querySelectorAll('*')) { e.setAttribute('data-e2e-seen', ''); }", area);
        browser.click(button);
        // the answer's text as the page holds it (innerText: WebDriver's visible text is empty while the area grows)
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(d -> (String) browser.script(
                "const fresh = [...arguments[0].querySelectorAll('*')].some(e => !e.hasAttribute('data-e2e-seen'));"
                        + " const text = arguments[0].innerText.trim();"
                        + " return fresh && text.length > 0 ? text : null;",
                area));
    }

    /** The validation message shown under a field once its check has answered (blank when it is fine). */
    String messageUnder(String fieldName, String expectedPart) {
        WebElement field = browser.driver().findElement(By.name(fieldName));
        By area = By.xpath("//*[@name='" + fieldName + "']/ancestor::div[contains(@class,'jenkins-form-item')][1]"
                + "//div[contains(@class,'validation-error-area')]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d ->
                        d.findElements(area).stream().anyMatch(e -> e.getText().contains(expectedPart)));
        return field.findElement(By.xpath("ancestor::div[contains(@class,'jenkins-form-item')][1]"
                        + "//div[contains(@class,'validation-error-area')]"))
                .getText();
    }

    /** Presses Create (or Save) and waits for the dialog to close. */
    void submit() {
        browser.click(browser.waitForClickable(By.id("cr-dialog-submit")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .until(d -> d.findElements(By.id("cr-dialog-submit")).isEmpty());
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
        WebElement input = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
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

    private WebElement fileInput(String accepting) {
        return browser.driver().findElements(By.cssSelector("input[type=file].azure-mgmt-cert-file")).stream()
                .filter(e -> String.valueOf(e.getAttribute("accept")).contains(accepting))
                .findFirst()
                .orElseThrow();
    }
}
