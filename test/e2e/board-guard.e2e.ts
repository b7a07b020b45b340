// The child-data guard on the board (issue 4 item 7): a note that looks like
// it holds a child's personal data is held back with a warning; one key goes
// back to edit it; "add it anyway" shares it; axe finds nothing wrong.
import { expect, test } from '@playwright/test';
import { startHost, type HostProcess } from './helpers/host-process';
import { expectNoAxeViolations } from './helpers/axe';

let host: HostProcess;

test.beforeAll(async () => {
  host = await startHost();
});

test.afterAll(async () => {
  await host?.stop();
});

test('a note with a name and a date of birth is held back until the person decides', async ({ page }) => {
  await page.goto(host.url);
  await page.getByLabel('Workshop name').fill('Guard session');
  await page.getByLabel('Local authority').fill('Southborough Council');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Guard session' })).toBeVisible();

  const capture = page.getByLabel('What gets in the way of time with children and families?');
  const notes = page.locator('[data-note-id]');

  // A clean note goes straight on the board.
  await capture.fill('Forms ask for the same info three times');
  await capture.press('Enter');
  await expect(notes).toHaveCount(1);

  // Personal data: warning, focus on it, nothing shared.
  await capture.focus();
  await page.keyboard.type('Visited Jayden Smith, DOB 03/04/2016');
  await expect(page.getByText('Check before adding: this may hold')).toBeVisible();
  await page.keyboard.press('Enter');
  const warning = page.getByRole('alert').filter({ hasText: 'Check this note before you share it' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("a person's name and a date of birth");
  await expect(warning.locator('mark')).toHaveText(['Jayden Smith', '03/04/2016']);
  await expect(page.getByRole('button', { name: 'Edit the note' })).toBeFocused();
  await expect(notes).toHaveCount(1);
  await expectNoAxeViolations(page, 'the board with the child-data warning');

  // One key goes back to the field with the name selected.
  await page.keyboard.press('e');
  await expect(warning).toHaveCount(0);
  await expect(capture).toBeFocused();
  const selected = await capture.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
  expect(selected).toBe('Jayden Smith');
  await expect(notes).toHaveCount(1);

  // Still there on Enter; "add it anyway" shares it and the field is ready for the next note.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(warning).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'It is not personal data — add it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notes).toHaveCount(2);
  await expect(warning).toHaveCount(0);
  await expect(capture).toBeFocused();
  await expect(capture).toHaveValue('');

  // Editing a note on the board is guarded too.
  const first = notes.filter({ hasText: 'Forms ask for the same info three times' });
  await first.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByLabel('Edit the note');
  await expect(editor).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' - mum on 07700 900123');
  await page.keyboard.press('Enter');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('a phone number');
  await expectNoAxeViolations(page, 'the note editor with the child-data warning');
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Forms ask for the same phone number three times');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Forms ask for the same phone number three times', { exact: true })).toBeVisible();
  await expect(page.getByText('07700 900123')).toHaveCount(0);
});
