package com.serviceguardrails.cli.backtest;

import com.serviceguardrails.config.Mode;
import com.serviceguardrails.text.Language;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import static com.serviceguardrails.cli.backtest.ExportFixtures.comment;
import static com.serviceguardrails.cli.backtest.ExportFixtures.issue;
import static com.serviceguardrails.cli.backtest.ExportFixtures.page;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Opens the HTML report in Debian's headless Chromium: it renders, its charts are drawn, and a comment holding
 * {@code <script>} shows as text and never runs. Skips, saying why, when Chromium is not installed.
 */
public class HtmlReportBrowserTest {

    @ClassRule
    public static TemporaryFolder folder = new TemporaryFolder();

    private static final String SCRIPT = "<script>document.title='pwned';document.body.innerHTML='pwned'</script>";
    private static String chromium;
    private static Path report;

    @BeforeClass
    public static void writeReport() throws Exception {
        chromium = findChromium();
        Assume.assumeTrue("Chromium not installed (apt-get install chromium); skipping the browser test", chromium != null);
        String export = page(0, 2,
                issue("HELP-1", "maria", "tom", "",
                        comment("10", "maria", "\"The page shows " + SCRIPT.replace("'", "\\u0027") + " and nothing else\"", null),
                        comment("11", "tom", "\"Sorry, but that is our policy. " + SCRIPT + "\"", null)),
                issue("HELP-2", "li", "ana", "", comment("20", "ana", "\"That is our policy.\"", null)));
        GuardrailSet set = new GuardrailSet("strict <b>config</b>.json",
                List.of(BacktestTest.flagging("opening", Mode.ENFORCE, "policy")), Set.of());
        Backtest backtest = new Backtest(new Authorship(Set.of()), set, null);
        new ExportReader(Set.of()).read(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)), "e.json", backtest);
        StringWriter html = new StringWriter();
        HtmlReport.write(backtest.report(), "export <i>dir</i>", Messages.of(Language.EN), html);
        report = folder.newFile("report.html").toPath();
        Files.writeString(report, html.toString(), StandardCharsets.UTF_8);
    }

    private static String findChromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    /** Runs headless Chromium on the report with {@code args}; returns what it printed on standard output. */
    private static String chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + folder.newFolder().getAbsolutePath(), "--window-size=1200,1400"));
        command.addAll(List.of(args));
        command.add(report.toUri().toString());
        Path out = folder.newFile().toPath();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 90 s");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    public void rendersWithChartsAndShowsScriptAsText() throws Exception {
        String dom = chromium("--dump-dom");
        assertTrue("rendered: " + dom.length(), dom.contains("<h1>Backtest report"));
        assertFalse("the injected script never ran", dom.contains("<title>pwned") || dom.contains("<body>pwned"));
        assertFalse("no script element anywhere", dom.toLowerCase(Locale.ROOT).contains("<script"));
        assertTrue("the script shows as text", dom.contains("&lt;script&gt;document.title="));
        assertTrue("config names are escaped too", dom.contains("strict &lt;b&gt;config&lt;/b&gt;.json"));
        assertTrue("triggering word highlighted", dom.contains("<mark>policy</mark>"));
        assertTrue("charts are inline SVG with bars", dom.contains("<svg class=\"chart bars\"") && dom.contains("<rect"));
    }

    @Test
    public void theScreenshotShowsTheChartsColours() throws Exception {
        Path shot = folder.getRoot().toPath().resolve("shot.png");
        chromium("--screenshot=" + shot, "--hide-scrollbars");
        BufferedImage image = ImageIO.read(shot.toFile());
        assertTrue("a screenshot was taken", image != null && image.getWidth() > 100);
        int chartBlue = 0x0173b2;
        int found = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xffffff) == chartBlue) {
                    found++;
                }
            }
        }
        assertTrue("bars in the chart colour were painted: " + found + " pixels", found > 100);
    }
}
