import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect as baseExpect, type Locator, type Page } from '@playwright/test';

// Small steps the workshop rehearsal repeats, each done either with the mouse
// or with the keyboard alone (Tab to a control, then type or press keys), so
// one flow serves both the rehearsal and its keyboard-only twin.

export const expect = baseExpect.configure({ timeout: 30_000 });
export const CAPTURE = 'What gets in the way of time with children and families?';

/** Screenshots for the guides, only when asked: CI never rewrites docs/images. */
export async function shot(page: Page, name: string, subject?: Locator): Promise<void> {
  if (process.env['REHEARSAL_SCREENSHOTS'] !== '1') return;
  const dir = join(process.cwd(), 'docs', 'images');
  mkdirSync(dir, { recursive: true });
  // The window as the person sees it, scrolled so the subject starts near the top.
  if (subject) await subject.first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** Presses Tab (Shift+Tab when backwards) until the target has focus, as a person would. */
export async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  await target.first().waitFor();
  for (let i = 0; i < max; i++) {
    if (await target.first().evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

export interface Person {
  page: Page;
  name: string;
  /** This person uses only the keyboard. */
  keyboard: boolean;
}

/** Fill a field and submit with Enter (keyboard) or fill then click (mouse). */
async function fillAndPress(p: Person, field: Locator, text: string, button: Locator): Promise<void> {
  if (p.keyboard) {
    await tabTo(p.page, field);
    await p.page.keyboard.type(text);
    await tabTo(p.page, button);
    await p.page.keyboard.press('Enter');
  } else {
    await field.fill(text);
    await button.click();
  }
}

export async function joinSession(p: Person, url: string): Promise<void> {
  await p.page.goto(url);
  await fillAndPress(p, p.page.getByLabel('Join the session as'), p.name, p.page.getByRole('button', { name: 'Join the session' }));
  await expect(p.page.getByRole('button', { name: 'Raise my hand' })).toBeVisible();
}

/** The anonymous temperature check: one answer (1–5) per question. */
export async function answerTemperature(p: Person, answers: readonly number[]): Promise<void> {
  const questions = p.page.locator('.survey-question');
  for (const [q, value] of answers.entries()) {
    if (p.keyboard) {
      // Tab lands on the group's first radio; arrows move and choose.
      await tabTo(p.page, questions.nth(q).getByLabel('1', { exact: true }));
      await p.page.keyboard.press('Space');
      for (let i = 1; i < value; i++) await p.page.keyboard.press('ArrowRight');
    } else {
      await questions.nth(q).getByLabel(String(value), { exact: true }).check();
    }
    await expect(questions.nth(q).getByLabel(String(value), { exact: true })).toBeChecked();
  }
  const send = p.page.getByRole('button', { name: 'Send anonymously' });
  if (p.keyboard) {
    await tabTo(p.page, send);
    await p.page.keyboard.press('Enter');
  } else {
    await send.click();
  }
  await expect(p.page.getByText(/your start temperature check is in/)).toBeVisible();
}

export async function goTo(p: Person, view: 'Blockers' | 'Small changes' | 'Vote' | 'Blueprint' | 'Export'): Promise<void> {
  const link = p.page.getByRole('navigation', { name: 'Workshop' }).getByRole('link', { name: view, exact: true });
  if (p.keyboard) {
    await tabTo(p.page, link);
    await p.page.keyboard.press('Enter');
  } else {
    await link.click();
  }
}

export async function addNote(p: Person, text: string): Promise<void> {
  const capture = p.page.getByLabel(CAPTURE);
  if (p.keyboard) {
    await tabTo(p.page, capture);
    await p.page.keyboard.type(text);
  } else {
    await capture.fill(text);
  }
  await p.page.keyboard.press('Enter');
  await expect(capture).toHaveValue('');
}

export async function proposeIdea(p: Person, text: string): Promise<void> {
  const page = p.page;
  await fillAndPress(p, page.getByLabel('The change'), text, page.getByRole('button', { name: 'Add idea' }));
  await expect(page.getByRole('heading', { name: text })).toBeVisible();
}

export async function addDot(p: Person, item: string): Promise<void> {
  const button = p.page.getByRole('button', { name: `Add a dot to ${item}` });
  if (p.keyboard) {
    await tabTo(p.page, button);
    await p.page.keyboard.press('+');
  } else {
    await button.click();
  }
}

/** Types at the end of a blueprint section's shared text. */
export async function writeInSection(p: Person, section: string, text: string): Promise<void> {
  const editor = p.page.getByRole('textbox', { name: `${section}: writing` });
  if (p.keyboard) await tabTo(p.page, editor);
  else await editor.click();
  await p.page.keyboard.press('Control+End');
  await p.page.keyboard.press('Enter');
  await p.page.keyboard.type(text);
}

/** A results table as rows of [rank, item, dots]. */
export async function resultRows(round: Locator): Promise<string[][]> {
  const table = round.locator('.results-table').first();
  await expect(table).toBeVisible();
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].slice(0, 3).map((cell) => (cell.textContent ?? '').trim())));
}
