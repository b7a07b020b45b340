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

/** Types into a field: Tab to it and type (keyboard), or fill it (mouse). */
async function typeInto(p: Person, field: Locator, text: string): Promise<void> {
  if (p.keyboard) {
    await tabTo(p.page, field);
    await p.page.keyboard.type(text);
  } else {
    await field.fill(text);
  }
}

async function press(p: Person, control: Locator, key = 'Enter'): Promise<void> {
  if (p.keyboard) {
    await tabTo(p.page, control);
    await p.page.keyboard.press(key);
  } else {
    await control.click();
  }
}

export interface RoomDoor {
  /** The host's address, as the facilitator reads it out. */
  readonly hostUrl: string;
  readonly code: string;
  readonly secret: string;
}

/**
 * Joins the room the way people do on the day: open the host's address, follow
 * "Join a room", type the room code and secret the facilitator reads out, a
 * name and a role. `beforeJoin` runs with the form filled in (for a screenshot).
 */
export async function joinRoom(p: Person, door: RoomDoor, role: 'Practitioner' | 'Leader' | 'Observer', beforeJoin?: () => Promise<void>): Promise<void> {
  const page = p.page;
  await page.goto(door.hostUrl);
  await press(p, page.getByRole('link', { name: 'Join a room' }));
  await expect(page.getByRole('heading', { name: 'Join a room', level: 1 })).toBeVisible();
  await typeInto(p, page.getByLabel('Room code', { exact: true }), door.code);
  await typeInto(p, page.getByLabel('Room secret', { exact: true }), door.secret);
  await typeInto(p, page.getByLabel('Your name', { exact: true }), p.name);
  const roles = page.getByLabel('Your role', { exact: true });
  if (role !== 'Practitioner') {
    if (p.keyboard) throw new Error('The keyboard rehearsal joins with the default role');
    await roles.selectOption({ label: role });
  }
  await expect(roles.locator('option')).toHaveText(['Practitioner', 'Leader', 'Observer']);
  await beforeJoin?.();
  await press(p, page.getByRole('button', { name: 'Join the room' }));
}

/** A joiner is in once the workshop's title shows and the room has their participant record (hands up need it). */
export async function expectJoined(p: Person, title: string): Promise<void> {
  await expect(p.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(p.page.getByRole('button', { name: 'Raise my hand' })).toBeVisible();
}

/** After the reveal: select one's own note in the list and give the minutes it costs each week. */
export async function estimateMinutes(p: Person, note: string, minutes: number): Promise<void> {
  const page = p.page;
  await press(p, page.getByRole('button', { name: 'List', exact: true }));
  const select = page.getByRole('checkbox', { name: new RegExp(note) });
  await press(p, select, 'Space');
  await expect(select).toBeChecked();
  await expect(page.getByText(`“${note}”`)).toBeVisible();
  const field = page.getByLabel('Minutes lost per week, per worker');
  await typeInto(p, field, String(minutes));
  await p.page.keyboard.press('Enter');
  await expect(page.locator('.totals-summary')).toContainText(`from `);
  await expect(field).toHaveValue(String(minutes));
  await press(p, select, 'Space');
  await expect(select).not.toBeChecked();
  await press(p, page.getByRole('button', { name: 'Board', exact: true }));
}

/** The anonymous temperature check: one answer (1–5) per question. */
export async function answerTemperature(p: Person, answers: readonly number[], moment: 'start' | 'end' = 'start'): Promise<void> {
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
  await expect(p.page.getByText(new RegExp(`your ${moment} temperature check is in`))).toBeVisible();
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

/** Proposes a small change, ticking the blockers it removes (so the room sees the time it gives back). */
export async function proposeIdea(p: Person, text: string, removes: readonly string[] = []): Promise<void> {
  const page = p.page;
  await typeInto(p, page.getByLabel('The change'), text);
  const form = page.locator('.idea-form');
  for (const blocker of removes) {
    const box = form.getByRole('checkbox', { name: new RegExp(`^${blocker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    await press(p, box, 'Space');
    await expect(box).toBeChecked();
  }
  await press(p, page.getByRole('button', { name: 'Add idea' }));
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
