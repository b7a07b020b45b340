import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { startHost, type HostProcess } from './helpers/host-process';

// One host for the file: each test makes its own workshop. A laptop-sized
// window, so the mouse gestures have the board's first row on screen.
let host: HostProcess;

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeAll(async () => {
  host = await startHost();
});

test.afterAll(async () => {
  await host?.stop();
});

const CAPTURE = 'What gets in the way of time with children and families?';

async function newBoard(page: Page, title: string, notes: string[]): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel('Workshop name').fill(title);
  await page.getByLabel('Local authority').fill('Westshire Council');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const capture = page.getByLabel(CAPTURE);
  for (const text of notes) {
    await capture.fill(text);
    await capture.press('Enter');
  }
  await expect(page.locator('[data-note-id]')).toHaveCount(notes.length);
  await showCanvas(page);
}

/** Scrolls the page so the whole canvas is in the window: mouse gestures need it on screen. */
async function showCanvas(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'Board canvas' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

function note(page: Page, text: string): Locator {
  return page.locator('[data-note-id]').filter({ hasText: text });
}

/** A note's board position, read from the transform its list item is drawn with. */
async function positionOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const transform = await note(page, text).locator('xpath=..').evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`No position in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

async function drag(page: Page, from: { x: number; y: number }, by: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + by.x, from.y + by.y, { steps: 12 });
  await page.mouse.up();
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + 30 };
}

const NOTES = [
  'Mileage claims are printed, signed and scanned back in',
  'Case notes time out and lose an hour of typing',
  'Panel papers repeat the assessment word for word',
  'Visit rooms are booked through a separate phone line',
];

test('notes move with the mouse, alone or as a marquee selection, and one undo puts a group drag back', async ({ page }) => {
  await newBoard(page, 'Canvas by mouse', NOTES);
  const [first, second, third, fourth] = NOTES as [string, string, string, string];

  // A mouse drag moves one note, and the move is saved.
  const start = await positionOf(page, first);
  const dropped = { x: start.x + 30, y: start.y + 220 };
  await drag(page, await centreOf(note(page, first)), { x: 30, y: 220 });
  await expect.poll(() => positionOf(page, first)).toEqual(dropped);
  await expect(page.getByText('Saved on the host')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-note-id]')).toHaveCount(4);
  await showCanvas(page);
  await expect.poll(() => positionOf(page, first)).toEqual(dropped);

  // A selection rectangle drawn on the empty board selects the two notes it touches.
  const before = { second: await positionOf(page, second), third: await positionOf(page, third), fourth: await positionOf(page, fourth) };
  await page.getByRole('button', { name: 'Drag to select' }).click();
  await expect(page.getByRole('button', { name: 'Drag to select' })).toHaveAttribute('aria-pressed', 'true');
  const canvas = (await page.getByRole('group', { name: 'Board canvas' }).boundingBox())!;
  await drag(page, { x: canvas.x + 6, y: canvas.y + 6 }, { x: before.fourth.x - 20, y: 150 });
  await expect(page.getByText('2 selected', { exact: true })).toBeVisible();
  for (const text of [second, third]) await expect(note(page, text)).toHaveAttribute('aria-pressed', 'true');
  for (const text of [first, fourth]) await expect(note(page, text)).toHaveAttribute('aria-pressed', 'false');

  // Dragging one selected note moves the whole selection by the same amount.
  await drag(page, await centreOf(note(page, second)), { x: 60, y: 250 });
  await expect.poll(() => positionOf(page, second)).toEqual({ x: before.second.x + 60, y: before.second.y + 250 });
  expect(await positionOf(page, third)).toEqual({ x: before.third.x + 60, y: before.third.y + 250 });
  expect(await positionOf(page, fourth)).toEqual(before.fourth);

  // One Ctrl+Z undoes the whole group move, and nothing older.
  await page.keyboard.press('Control+z');
  await expect.poll(() => positionOf(page, second)).toEqual(before.second);
  expect(await positionOf(page, third)).toEqual(before.third);
  expect(await positionOf(page, first)).toEqual(dropped);

  // Space held turns a drag that starts on a note into a pan: the view moves, the note does not.
  const layer = page.locator('.canvas-layer');
  const view = await layer.evaluate((el) => (el as HTMLElement).style.transform);
  await note(page, first).focus();
  await page.keyboard.down('Space');
  await drag(page, await centreOf(note(page, first)), { x: -80, y: -40 });
  await page.keyboard.up('Space');
  await expect.poll(() => layer.evaluate((el) => (el as HTMLElement).style.transform)).not.toBe(view);
  expect(await positionOf(page, first)).toEqual(dropped);

  // The wheel zooms around the pointer; the button resets it.
  await page.mouse.move(canvas.x + 300, canvas.y + 200);
  await page.mouse.wheel(0, -200);
  await expect(page.getByLabel('Zoom level')).not.toHaveText('100%');
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect(page.getByLabel('Zoom level')).toHaveText('100%');

  // A double click opens a note's editor; Escape leaves it unchanged. (The first click
  // selects the note, which opens its details above the board: let the page settle.)
  await note(page, fourth).click();
  await expect(page.getByText('1 selected', { exact: true })).toBeVisible();
  await note(page, fourth).dblclick();
  await expect(page.getByLabel('Edit the note')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(note(page, fourth)).toBeFocused();

  // The visible Redo button puts the group move back, as one step too.
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => positionOf(page, third)).toEqual({ x: before.third.x + 60, y: before.third.y + 250 });
  expect(await positionOf(page, second)).toEqual({ x: before.second.x + 60, y: before.second.y + 250 });
  await expectNoAxeViolations(page, 'the canvas with a selection');
});

test('the canvas works from the keyboard alone: select, move, zoom and pan', async ({ page }) => {
  await newBoard(page, 'Canvas by keyboard', NOTES.slice(0, 2));
  const [first, second] = NOTES as [string, string];
  const canvas = page.getByRole('group', { name: 'Board canvas' });
  const zoom = page.getByLabel('Zoom level');

  // Tab from the capture field reaches the canvas.
  await page.getByLabel(CAPTURE).focus();
  for (let i = 0; i < 30 && !(await canvas.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(canvas).toBeFocused();

  // Zoom in, out and back, from the keyboard.
  await page.keyboard.press('+');
  await expect(zoom).toHaveText('125%');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(zoom).toHaveText('80%');
  await page.keyboard.press('0');
  await expect(zoom).toHaveText('100%');

  // Arrow keys on the canvas background pan the view.
  const layer = page.locator('.canvas-layer');
  const home = await layer.evaluate((el) => (el as HTMLElement).style.transform);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => layer.evaluate((el) => (el as HTMLElement).style.transform)).not.toBe(home);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => layer.evaluate((el) => (el as HTMLElement).style.transform)).toBe(home);

  // Tab walks the notes in reading order; Shift+Tab walks back.
  await page.keyboard.press('Tab');
  await expect(note(page, first)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(note(page, second)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(note(page, first)).toBeFocused();

  // Escape clears the selection (adding a note selects it); Space selects; select both, then move them together.
  await page.keyboard.press('Escape');
  await expect(page.getByText('None selected')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(note(page, first)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByText('2 selected', { exact: true })).toBeVisible();
  const a = await positionOf(page, first);
  const b = await positionOf(page, second);
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => positionOf(page, first)).toEqual({ x: a.x, y: a.y + 50 });
  expect(await positionOf(page, second)).toEqual({ x: b.x, y: b.y + 50 });
  await expect(note(page, second)).toBeFocused();
  await expectNoAxeViolations(page, 'the canvas with a keyboard selection');

  // One undo takes both back.
  await page.keyboard.press('Control+z');
  await expect.poll(() => positionOf(page, first)).toEqual(a);
  expect(await positionOf(page, second)).toEqual(b);

  // Escape clears the selection; Ctrl+A selects every note.
  await note(page, second).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByText('None selected')).toBeVisible();
  await page.keyboard.press('Control+a');
  await expect(page.getByText('2 selected', { exact: true })).toBeVisible();

  // Zoom to fit the selection: two notes fit at 100%, which is also the most it zooms in.
  await page.keyboard.press('f');
  await expect(zoom).toHaveText('100%');
  await expectNoAxeViolations(page, 'the canvas after keyboard use');
});
