import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** English words that antd and its icons put in accessible names when nobody names a thing in Vietnamese. */
const ENGLISH =
  /\b(Increase Value|Decrease Value|segmented control|plus|search|loading|close|delete|edit|dashboard|audit|trophy|setting|unordered-list|file-text|appstore|arrow-\w+|retweet|printer|download|upload|down|up|left|right|check|calendar|swap-right|exclamation-circle|info-circle)\b/;

/** Serious and critical axe violations on the page as it is now, and English in its accessibility tree. */
export async function checkPage(page: Page, what: string) {
  // Colours are read once transitions end: a button just enabled fades from its disabled grey.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !dropdownListScrolls(v.id, n.target)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any[0]?.message})`).join(', ')}`);
  expect.soft(bad, what).toEqual([]);
  const tree = await page.locator('body').ariaSnapshot();
  const english = tree.split('\n').filter((line) => !line.includes('/url:') && ENGLISH.test(line));
  expect.soft(english, what).toEqual([]);
  // A group of choices whose question is not read out with them.
  const unnamed = tree.split('\n').filter((line) => /^\s*- radiogroup(:|$)/.test(line));
  expect.soft(unnamed, what).toEqual([]);
  // A record's id read out instead of its name (a dropdown's hidden list of options).
  const ids = tree.split('\n').filter((line) => !line.includes('/url:') && UUID.test(line));
  expect.soft(ids, what).toEqual([]);
}

/**
 * A dropdown's long list scrolls while the focus stays in its combobox, which names the option the arrow keys
 * reach (`aria-activedescendant`) and scrolls it into view: the combobox pattern, which axe reads as a region
 * that cannot be scrolled by keyboard (dequelabs/axe-core#4914). `checkOpenSelect` checks the keys reach the
 * last option instead.
 */
const dropdownListScrolls = (rule: string, target: unknown[]) =>
  rule === 'scrollable-region-focusable' && target.join(' ').endsWith('.ant-select-dropdown-list-holder');

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/**
 * Opens each page (what it is, its address, a text it shows once drawn) and checks it; with `pictures`, takes
 * its picture at the size the page has, as `test-results/axe-<what>.png`, to be looked at.
 */
export async function checkPages(
  page: Page,
  url: string,
  pages: [string, string, string][],
  pictures = false,
) {
  for (const [what, path, shown] of pages) {
    await page.goto(`${url}${path}`);
    await expect(page.getByText(shown).first(), what).toBeVisible();
    await checkPage(page, what);
    if (pictures) await page.screenshot({ path: `test-results/axe-${what}.png` });
  }
}
