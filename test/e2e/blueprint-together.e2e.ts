import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { expectNoAxeViolations } from './helpers/axe';
import { startHost, type HostProcess } from './helpers/host-process';

// Two laptops are two separate browser processes (two tabs of one browser
// would share a BroadcastChannel and hide a broken network path), both on one
// `npm run host`, kept in step by the host's /sync endpoint.
let host: HostProcess;
let browsers: Browser[] = [];
let sam: Page;
let priya: Page;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  test.setTimeout(180_000); // the host may build the app first
  host = await startHost();
  browsers = await Promise.all([1, 2].map(() => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })));
  // A context per browser: axe needs pages made through browser.newContext().
  sam = await (await browsers[0]!.newContext()).newPage();
  priya = await (await browsers[1]!.newContext()).newPage();

  await sam.goto(host.url);
  await sam.getByLabel('Workshop name').fill('Blueprint day');
  await sam.getByLabel('Local authority').fill('Southborough Council');
  await sam.getByLabel('Your name (optional)').fill('Sam');
  await sam.getByRole('button', { name: 'Create workshop' }).click();
  await expect(sam.getByRole('heading', { name: 'Blueprint day' })).toBeVisible();
  await sam.getByRole('navigation', { name: 'Workshop' }).getByRole('link', { name: 'Blueprint', exact: true }).click();
  await sam.getByRole('button', { name: 'Start the blueprint from the workshop' }).click();
  await expect(sam.getByRole('heading', { name: 'Vision and values', level: 3 })).toBeVisible();

  await priya.goto(sam.url());
  await expect(priya.getByRole('heading', { name: 'Vision and values', level: 3 })).toBeVisible({ timeout: 30_000 });
});

test.afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await host?.stop();
});

const editor = (page: Page, section: string) => page.getByRole('textbox', { name: `${section}: writing` });

/** The characters of a text, sorted, spaces left out: equal when no keystroke was lost or added. */
const letters = (text: string) => [...text.replace(/\s+/g, '')].sort().join('');

/** The words in a section's text, without the name labels of other people's cursors. */
async function proseText(page: Page, section: string): Promise<string> {
  return editor(page, section).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ');
  });
}

test('two laptops write one paragraph at the same time and both texts survive', async () => {
  const samText = 'Every child knows who their social worker is.';
  const priyaText = 'Families are heard before forms are filled.';
  await editor(sam, 'Vision and values').click();
  await editor(priya, 'Vision and values').click();
  // Both type into the same (only) paragraph at once, keystroke by keystroke.
  await Promise.all([
    sam.keyboard.type(samText, { delay: 15 }),
    priya.keyboard.type(priyaText, { delay: 15 }),
  ]);
  for (const page of [sam, priya]) {
    await expect(editor(page, 'Vision and values')).toContainText(samText.slice(0, 20), { timeout: 15_000 });
    // Every keystroke of both survives (the two may interleave where their cursors met).
    await expect.poll(async () => letters(await proseText(page, 'Vision and values')), { timeout: 15_000 }).toBe(letters(samText + priyaText));
  }
  // Both laptops hold the same words.
  const samSees = await proseText(sam, 'Vision and values');
  await expect.poll(() => proseText(priya, 'Vision and values')).toBe(samSees);
  console.log(`Both typed into one paragraph; each laptop reads: "${samSees.trim()}"`);
  // Each sees the other's cursor, with a name.
  await expect(priya.locator('.collaboration-carets__label', { hasText: 'Sam' })).toBeVisible();
  await expect(sam.locator('.collaboration-carets__label', { hasText: 'A colleague' })).toBeVisible();

  // Formatting: a heading, a list and bold, from the toolbar and the keyboard.
  await editor(sam, 'Vision and values').press('End');
  await sam.keyboard.press('Enter');
  await sam.getByRole('button', { name: 'Bulleted list' }).first().click();
  await sam.keyboard.type('Time with families first');
  await expect(priya.locator('.prose-editor ul li', { hasText: 'Time with families first' })).toBeVisible({ timeout: 15_000 });
});

test('a section deleted while someone types in it is kept, and restored with their words', async () => {
  await editor(priya, 'Risks and critiques').click();
  await priya.keyboard.type('Leaders may not let go of sign-off.');
  await expect(editor(sam, 'Risks and critiques')).toContainText('Leaders may not', { timeout: 15_000 });
  await sam.getByRole('button', { name: 'Delete section “Risks and critiques”' }).click();
  await expect(sam.getByRole('button', { name: 'Restore section “Risks and critiques”' })).toBeVisible();
  // Priya was writing there: her section stays on her screen, says so, and she can go on writing.
  await expect(priya.getByText('This section has been deleted.')).toBeVisible({ timeout: 15_000 });
  await editor(priya, 'Risks and critiques').press('End');
  await priya.keyboard.type(' And staff may fear blame.');
  await priya.getByRole('button', { name: 'Restore section', exact: true }).click();
  await expect(editor(sam, 'Risks and critiques')).toContainText('And staff may fear blame.', { timeout: 15_000 });
  await expect(editor(sam, 'Risks and critiques')).toContainText('Leaders may not let go of sign-off.');
});

test('the decision-rights matrix works from the keyboard', async () => {
  const grid = sam.getByRole('grid', { name: 'Decision rights' });
  await expect(sam.getByText('Starting point — change it for your authority.')).toBeVisible();
  const first = grid.getByRole('gridcell').first();
  await first.focus();
  // Down to "Place a child" (the fifth decision), right to the Strategy Team.
  for (let i = 0; i < 4; i++) await sam.keyboard.press('ArrowDown');
  await sam.keyboard.press('End');
  const placeStrategy = grid.getByRole('row', { name: /Place a child/ }).getByRole('gridcell').last();
  await expect(placeStrategy).toBeFocused();
  await expect(placeStrategy).toHaveText('Decides');
  await sam.keyboard.press('Space');
  await expect(placeStrategy).toHaveText('Is consulted');
  // The change reaches the other laptop.
  const priyaCell = priya.getByRole('grid', { name: 'Decision rights' }).getByRole('row', { name: /Place a child/ }).getByRole('gridcell').last();
  await expect(priyaCell).toHaveText('Is consulted', { timeout: 15_000 });
  await sam.keyboard.press('d');
  await expect(placeStrategy).toHaveText('Decides');
  await sam.keyboard.press('ArrowLeft');
  await sam.keyboard.press('Delete');
  const placeInsight = grid.getByRole('row', { name: /Place a child/ }).getByRole('gridcell').nth(3);
  await expect(placeInsight).toBeFocused();
  await expect(placeInsight).toContainText('Not involved');

  // Team design: past twelve a team is warned, not refused; nonsense is refused at the field.
  const size = sam.getByLabel('People in each Family Facing Team', { exact: true });
  await size.focus();
  await sam.keyboard.press('Control+a');
  await sam.keyboard.type('14');
  await expect(sam.getByText('Teams of more than 12 find self-management hard')).toBeVisible();
  await sam.keyboard.press('Control+a');
  await sam.keyboard.type('eight');
  await expect(sam.getByText('Enter the team size as a number, like 8 or 7.5.')).toBeVisible();
  await sam.keyboard.press('Control+a');
  await sam.keyboard.type('8');
  await expect(sam.getByText('Teams of more than 12 find self-management hard')).toHaveCount(0);
});

test('the impact model works from the keyboard and refuses figures that make no sense', async () => {
  const staff = sam.getByLabel('Case-holding staff', { exact: true });
  await staff.focus();
  await sam.keyboard.type('-3');
  await expect(sam.getByText('Case-holding staff cannot be negative.')).toBeVisible();
  await sam.keyboard.press('Control+a');
  await sam.keyboard.type('40');
  await sam.keyboard.press('Tab');
  await expect(sam.getByLabel('Managers who become case holders', { exact: true })).toBeFocused();
  await sam.keyboard.type('52');
  await expect(sam.getByText('More managers than case-holding staff: enter at most 40.')).toBeVisible();
  await sam.keyboard.press('Backspace');
  await sam.keyboard.press('Backspace');
  await sam.keyboard.type('10');
  await sam.keyboard.press('Tab');
  await sam.keyboard.type('620'); // total cases
  await sam.keyboard.press('Tab');
  await sam.keyboard.type('170'); // contracted hours
  await expect(sam.getByText('A week has 168 hours: contracted hours a week must be at most 168.')).toBeVisible();
  await sam.keyboard.press('Control+a');
  await sam.keyboard.type('37');
  for (const hours of ['6', '5', '15', '6', '2']) {
    await sam.keyboard.press('Tab');
    await sam.keyboard.type(hours);
  }
  for (const value of ['6', '12', '20']) {
    await sam.keyboard.press('Tab');
    await sam.keyboard.type(value);
  }
  const ours = sam.getByRole('table', { name: 'What the model gives for our authority' });
  await expect(ours).toBeVisible();
  await expect(ours.getByRole('row', { name: /Caseload/ })).toContainText('15.5');
  await expect(ours.getByRole('row', { name: /Caseload/ })).toContainText('12.4');

  // A chosen change with its minutes saved feeds the model: what it would give back.
  const add = sam.getByLabel('Add a change to the tracker');
  await add.focus();
  await sam.keyboard.type('One referral form, filled once');
  await sam.keyboard.press('Enter');
  const card = sam.getByRole('group', { name: /One referral form, filled once/ });
  await card.getByLabel('Minutes saved a week', { exact: true }).fill('150');
  await expect(ours.getByRole('row', { name: /Direct work/ })).toContainText('8.0');
  // The preset beside it reproduces the published figures.
  const preset = sam.getByRole('table', { name: "What the model gives for the 2019 blueprint's modelled authority" });
  await expect(preset.getByRole('row', { name: /Time with children/ })).toContainText('16.0%');
  await expect(preset.getByRole('row', { name: /Time with children/ })).toContainText('25.0%');
  await expect(preset.getByRole('row', { name: /Caseload/ })).toContainText('12.2');
  await expect(preset.getByRole('row', { name: /Supervision/ })).toContainText('+46%');
  await expect(preset.getByRole('row', { name: /experience/ })).toContainText('+21%');
  // The other laptop computes the same from the shared figures.
  await expect(priya.getByRole('table', { name: 'What the model gives for our authority' }).getByRole('row', { name: /Direct work/ }))
    .toContainText('8.0', { timeout: 15_000 });
});

test('axe finds nothing on the blueprint, with a colleague\'s cursor in it', async () => {
  // Both laptops show the same screen; one check (a long page, tens of seconds) covers it.
  await editor(priya, 'Learning plan').click();
  await priya.keyboard.type('Review every change at six weeks.');
  await expect(sam.locator('.collaboration-carets__label', { hasText: 'A colleague' })).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(sam, 'the blueprint');
});
