package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The shared layout: nav, routing, landmarks, keyboard use, tablet width, unknown pages. */
class LayoutTest extends UiTest {
  @Test
  void everyNavEntryOpensItsPage() {
    open("");
    assertEquals("page", one("#nav a[data-route='overview']").getAttribute("aria-current"));
    open("figures"); // the last entry: each click below then goes to another page
    List<String> nav = all("#nav a").stream().map(WebElement::getText).toList();
    assertEquals(List.of("Overview", "Search", "Timeline", "Stories", "Entities", "Figures"), nav);
    for (String name : nav) {
      clickThrough(driver.findElement(By.linkText(name)));
      assertEquals(name, heading());
      assertEquals("page", driver.findElement(By.linkText(name)).getAttribute("aria-current"), name);
      assertTrue(driver.getTitle().startsWith(name), driver.getTitle());
    }
  }

  @Test
  void landmarksAndLiveRegionArePresent() {
    open("");
    assertEquals(1, all("header.site-header").size());
    assertEquals("Main", one("nav").getAttribute("aria-label"));
    assertEquals(1, all("main#main").size());
    assertEquals("polite", one("#status").getAttribute("aria-live"));
    assertEquals("en", one("html").getAttribute("lang"));
  }

  @Test
  void keyboardReachesSkipLinkAndNav() {
    open("");
    WebElement skip = tabTo(".skip-link", 1);
    assertTrue(skip.isDisplayed(), "the skip link shows when focused");
    assertFocusVisible(skip);
    skip.sendKeys(Keys.ENTER);
    assertEquals("main", driver.switchTo().activeElement().getAttribute("id"));
    open(""); // from the top again: skip link, brand, then the nav
    WebElement search = tabTo("#nav a[href='#/search']", 8);
    assertFocusVisible(search);
    navigate(() -> search.sendKeys(Keys.ENTER));
    assertEquals("Search", heading());
    // focus moves to the new page's heading, so a screen reader announces it
    assertEquals("h1", driver.switchTo().activeElement().getTagName());
  }

  @Test
  void unknownPageSaysSoAndLinksBack() {
    open("no/such/page");
    assertEquals("No such page", heading());
    clickThrough(driver.findElement(By.linkText("Back to the overview")));
    assertEquals("Overview", heading());
  }

  @Test
  void tabletWidthNeedsNoSidewaysScrolling() {
    driver.manage().window().setSize(new Dimension(768, 1024));
    open("");
    Number scroll = (Number) js("return document.documentElement.scrollWidth");
    Number width = (Number) js("return document.documentElement.clientWidth");
    assertTrue(scroll.intValue() <= width.intValue(), "page is " + scroll + " px wide in a " + width + " px window");
  }
}
