package nl.participatiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in a real browser, Debian's headless Chromium: each role signs in with the form, sees its own reports
 * and not another's, a reviewer drills from a figure to its records, and every main page passes axe-core's WCAG 2.1
 * A and AA rules. Screenshots of the main pages go to target/screenshots/ to be looked at.
 */
@ConsoleTest
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String PASSWORD = "wachtwoord-in-de-browser";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private WebDriver browser;

    @BeforeEach
    void chromium() throws Exception {
        assertThat(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM))
                .as("the browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver (.ci/run does)")
                .isTrue();
        TestArchive.kampenAndZwolle();
        accounts.add(new Accounts.NewAccount("raad-kampen", Role.RAAD, List.of("GM0166"), Optional.empty(), false),
                PASSWORD, "test");
        accounts.add(new Accounts.NewAccount("toetser-kampen", Role.TOETSER, List.of("GM0166"), Optional.empty(), false),
                PASSWORD, "test");
        accounts.add(new Accounts.NewAccount("beheer", Role.BEHEERDER, List.of(), Optional.empty(), false), PASSWORD,
                "test");
        Files.createDirectories(SCREENSHOTS);
        browser = start();
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Debian's Chromium through its own driver: the service is given the driver, so Selenium Manager downloads nothing. */
    static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=nl");
        // The browser runs on the machine's own time: a clock moved for the tests (libfaketime in LD_PRELOAD)
        // is the application's, and Chromium does not start under it.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withEnvironment(java.util.Map.of("LD_PRELOAD", "", "FAKETIME", "")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    @Test
    void aRaadslidSeesKampenAndNotZwolle() throws Exception {
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        accessible("aanmelden");
        signIn("raad-kampen");

        String page = text();
        assertThat(page).contains("Aangemeld als raad-kampen (raadslid of griffie)", "Raadsrapportage GM0166",
                "raadsrapportage-GM0166-2026-Q3.pdf", "Jaaroverzicht klachten GM0166", "open-data.csv")
                .doesNotContain("GM0193", "dossier", "Auditspoor");
        accessible("rapportages-raadslid");

        open("/archief/2026-Q3/GM0193/r1/raadsrapportage-GM0193-2026-Q3.pdf");
        assertThat(text()).contains("Geen toegang", "U mag deze pagina niet openen");
        accessible("geen-toegang");
        open("/dossier/2026-Q3/GM0166");
        assertThat(text()).contains("Geen toegang");

        browser.findElement(By.xpath("//button[text()='Afmelden']")).click();
        assertThat(text()).contains("U bent afgemeld.");
    }

    @Test
    void aReviewerDrillsFromAFigureToItsRecords() throws Exception {
        signIn("toetser-kampen");
        assertThat(text()).contains("VERTROUWELIJK dossier GM0166").doesNotContain("GM0193");
        accessible("rapportages-toetser");

        browser.findElement(By.linkText("Records per cijfer bekijken")).click();
        assertThat(text()).contains("Dossier GM0166, 2026-Q3", "K3 Klachten op tijd afgehandeld");
        accessible("dossier");

        browser.findElement(By.cssSelector("a[aria-label='Bekijk de records van K3']")).click();
        assertThat(text()).contains("K3 Klachten op tijd afgehandeld, GM0166, 2026-Q3", "5 records; pagina 1 van 1.",
                "K-01", "K-02", "K-03");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("rol"))).selectByValue("teller");
        browser.findElement(By.xpath("//button[text()='Toon']")).click();
        assertThat(text()).contains("2 records; pagina 1 van 1.", "K-01", "K-03").doesNotContain("K-02");
        accessible("records");

        browser.findElement(By.linkText("Auditspoor")).click();
        assertThat(text()).contains("De keten is heel", "console bekijken", "records=2026-Q3/GM0166 r1 indicator=K3");
        accessible("auditspoor");
    }

    @Test
    void aBeheerderCreatesAnAccount() throws Exception {
        signIn("beheer");
        browser.findElement(By.linkText("Gebruikers beheren")).click();
        accessible("gebruikers");
        browser.findElement(By.id("naam")).sendKeys("raad-zwolle");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("rol"))).selectByValue("raad");
        browser.findElement(By.id("gemeenten")).sendKeys("GM0193");
        browser.findElement(By.id("wachtwoord")).sendKeys("wachtwoord-van-zwolle");
        browser.findElement(By.xpath("//button[text()='Gebruiker maken']")).click();
        assertThat(text()).contains("Gebruiker raad-zwolle is gemaakt: raadslid of griffie voor GM0193.");
        screenshot("gebruiker-gemaakt");

        browser.findElement(By.xpath("//button[text()='Afmelden']")).click();
        signIn("raad-zwolle", "wachtwoord-van-zwolle");
        assertThat(text()).contains("Raadsrapportage GM0193").doesNotContain("GM0166");
    }

    private void signIn(String name) {
        signIn(name, PASSWORD);
    }

    private void signIn(String name, String password) {
        if (!browser.getCurrentUrl().endsWith("/login")) {
            open("/login");
        }
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.xpath("//button[text()='Aanmelden']")).click();
        assertThat(browser.getCurrentUrl()).as("signed in as " + name).doesNotContain("/login");
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Takes a screenshot and checks the page with axe-core: no violation of WCAG 2.1 A or AA. */
    private void accessible(String name) throws Exception {
        screenshot(name);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations()).as(name + ": " + describe(results.getViolations())).isEmpty();
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getHelp() + ") at " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
