import { expect, test } from '@playwright/test';
import { startHost, type HostProcess } from './helpers/host-process';
import { expectNoAxeViolations } from './helpers/axe';

let host: HostProcess;

test.beforeEach(async () => {
  host = await startHost();
});

test.afterEach(async () => {
  await host?.stop();
});

test('the board works from the keyboard alone and axe finds nothing', async ({ page }) => {
  await page.goto(host.url);
  await expectNoAxeViolations(page, 'the home screen');

  // Submitting an empty form shows the errors, not a broken workshop.
  await page.getByRole('button', { name: 'Create workshop' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Enter a name for the workshop')).toBeVisible();
  await expectNoAxeViolations(page, 'the home screen with errors');

  await page.getByLabel('Workshop name').focus();
  await page.keyboard.type('Keyboard session');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Local authority')).toBeFocused();
  await page.keyboard.type('Southborough Council');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Your name (optional)')).toBeFocused();
  await page.keyboard.type('Sam');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Keyboard session' })).toBeVisible();

  const capture = page.getByLabel('What gets in the way of time with children and families?');
  await capture.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Write what gets in the way before adding the note')).toBeVisible();
  await page.keyboard.type('Sign-off for a taxi takes two days');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Supervision gets cancelled for panel meetings');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-note-id]')).toHaveCount(2);
  await expectNoAxeViolations(page, 'the board');

  // Move the first note with the arrow keys: no dragging needed (WCAG 2.5.7).
  const first = page.locator('[data-note-id]').first();
  await first.focus();
  const before = await first.locator('xpath=..').evaluate((el) => getComputedStyle(el).transform);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => first.locator('xpath=..').evaluate((el) => getComputedStyle(el).transform)).not.toBe(before);
  await expect(first).toBeFocused();

  // Edit with Enter, save with Enter.
  await page.keyboard.press('Enter');
  const editor = page.getByLabel('Edit the note');
  await expect(editor).toBeFocused();
  await page.keyboard.type('Sign-off for a taxi to a family visit takes two days');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Sign-off for a taxi to a family visit takes two days', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'the board after editing');

  // Delete with the Delete key, then undo it with Ctrl+Z.
  await page.locator('[data-note-id]').first().focus();
  await page.keyboard.press('Delete');
  await expect(page.locator('[data-note-id]')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-note-id]')).toHaveCount(2);
});
