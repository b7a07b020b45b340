// Three separate browser processes (three laptops) against one host: the
// facilitator sets up ideas and a round, two practitioners join and vote by
// mouse and keyboard, the facilitator closes and reveals, and every laptop
// shows the same ranked results. Then consent for the final choice.
import { chromium, expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { expectNoAxeViolations } from './helpers/axe';
import { startHost, type HostProcess } from './helpers/host-process';

// Three browsers and a host share two cores: give the room time to sync.
const expect = baseExpect.configure({ timeout: 20_000 });

const IDEAS = [
  'Block Wednesday afternoons for direct work',
  'Social workers hold the food vouchers',
  'One review-meeting invite sheet in the case system',
];

let host: HostProcess;
const browsers: Browser[] = [];

test.beforeAll(async () => {
  host = await startHost();
  for (let i = 0; i < 3; i++) browsers.push(await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }));
});

test.afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await host?.stop();
});

async function join(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page.getByText(`You are voting as ${name}`)).toBeVisible();
}

/** The results table as text, row by row: rank, item, dots. */
async function resultRows(page: Page): Promise<string[][]> {
  const table = page.locator('.results-table').first();
  await expect(table).toBeVisible();
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].slice(0, 3).map((cell) => (cell.textContent ?? '').trim())));
}

test('three laptops vote, the facilitator reveals, every laptop shows the same results', async () => {
  test.setTimeout(240_000);
  const [facilitator, kim, ade] = await Promise.all(browsers.map(async (b) => (await b.newContext()).newPage())) as [Page, Page, Page];

  await facilitator.goto(host.url);
  await facilitator.getByLabel('Workshop name').fill('Session 2: choose what to try');
  await facilitator.getByLabel('Local authority').fill('Northshire County Council');
  await facilitator.getByLabel('Your name (optional)').fill('Sam');
  await facilitator.getByRole('button', { name: 'Create workshop' }).click();
  await expect(facilitator.getByRole('heading', { name: 'Session 2: choose what to try' })).toBeVisible();
  const workshopUrl = facilitator.url();

  await facilitator.getByRole('link', { name: 'Small changes', exact: true }).click();
  for (const text of IDEAS) {
    await facilitator.getByLabel('The change').fill(text);
    await facilitator.getByLabel('Who can make this change').selectOption('my-team');
    await facilitator.getByRole('button', { name: 'Add idea' }).click();
    await expect(facilitator.getByRole('heading', { name: text })).toBeVisible();
  }

  await expectNoAxeViolations(facilitator, 'the small changes list');

  // The impact/effort grid by keyboard: an unplaced idea moved left lands in a quick-win cell.
  await facilitator.getByRole('button', { name: 'Impact and effort grid' }).click();
  await facilitator.getByRole('button', { name: new RegExp(IDEAS[1] as string) }).focus();
  await facilitator.keyboard.press('ArrowLeft');
  const quickWin = facilitator.getByRole('region', { name: 'Medium impact, small effort: a quick win' });
  await expect(quickWin.getByRole('button', { name: new RegExp(IDEAS[1] as string) })).toBeFocused();
  await facilitator.keyboard.press('ArrowUp');
  await expect(facilitator.getByRole('region', { name: 'High impact, small effort: a quick win' }).getByRole('button', { name: new RegExp(IDEAS[1] as string) })).toBeVisible();
  await expectNoAxeViolations(facilitator, 'the impact/effort grid');

  await facilitator.getByRole('link', { name: 'Vote', exact: true }).click();
  await facilitator.getByRole('button', { name: 'Set up a voting round' }).click();
  await expect(facilitator.getByText(/3 options on the ballot: .* suggests 1 dot each/)).toBeVisible();
  await facilitator.getByLabel('Dots per person').fill('2');
  await facilitator.getByRole('button', { name: 'Set up round' }).click();
  await facilitator.getByRole('button', { name: 'Open voting' }).click();
  await expect(facilitator.getByText('You have 2 of 2 dots left.')).toBeVisible();

  const voteUrl = `${workshopUrl}/vote`;
  await join(kim, voteUrl, 'Kim');
  await join(ade, voteUrl, 'Ade');

  // Kim votes by mouse.
  await kim.getByRole('button', { name: `Add a dot to ${IDEAS[0]}` }).click();
  await kim.getByRole('button', { name: `Add a dot to ${IDEAS[1]}` }).click();
  await expect(kim.getByText('You have 0 of 2 dots left.')).toBeVisible();
  await expectNoAxeViolations(kim, 'the ballot');

  // Ade votes by keyboard: + on an item adds a dot, Enter presses a button.
  await ade.getByRole('button', { name: `Add a dot to ${IDEAS[0]}` }).focus();
  await ade.keyboard.press('+');
  await expect(ade.getByText('You have 1 of 2 dots left.')).toBeVisible();
  await ade.getByRole('button', { name: `Add a dot to ${IDEAS[2]}` }).focus();
  await ade.keyboard.press('Enter');
  await expect(ade.getByText('You have 0 of 2 dots left.')).toBeVisible();
  // A third dot is refused with the reason.
  await ade.getByRole('button', { name: `Add a dot to ${IDEAS[1]}` }).focus();
  await ade.keyboard.press('Enter');
  await expect(ade.getByRole('alert')).toContainText('You have used all 2 of your dots');

  await facilitator.getByRole('button', { name: `Add a dot to ${IDEAS[0]}` }).click();
  await facilitator.getByRole('button', { name: `Add a dot to ${IDEAS[2]}` }).click();

  // Nobody sees results while voting is open: dots are sealed.
  await expect(kim.locator('.results-table')).toHaveCount(0);
  await expect(facilitator.getByText('3 of 3 people have voted (6 dots).')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Close voting' }).click();
  await expect(kim.getByText('Voting has closed.')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Reveal results' }).click();

  const expected = [['1st', IDEAS[0], '3'], ['2nd', IDEAS[2], '2'], ['3rd', IDEAS[1], '1']];
  for (const page of [facilitator, kim, ade]) await expect.poll(() => resultRows(page)).toEqual(expected);
  await expect(kim.getByRole('img', { name: /Dots per item in Round 1/ })).toBeVisible();
  await expectNoAxeViolations(kim, 'the results');
  await facilitator.getByText('Every dot cast counted').click();
  await expectNoAxeViolations(facilitator, 'the results with the facilitator\'s controls');

  // Consent for the final choice: the top two are proposed; Kim objects; it is resolved; both agreed.
  await facilitator.getByLabel('How many to take forward').fill('2');
  await facilitator.getByRole('button', { name: 'Propose these for consent' }).click();
  const kimsItem = kim.locator('.consent-item', { hasText: IDEAS[2] });
  await kimsItem.getByRole('button', { name: 'Raise an objection' }).click();
  await kimsItem.getByRole('button', { name: 'Record objection' }).click();
  await expect(kimsItem.getByRole('alert')).toContainText('cannot be empty');
  await kimsItem.getByLabel('Your principled objection').fill('The case system is frozen until the upgrade in May');
  await kimsItem.getByRole('button', { name: 'Record objection' }).click();
  const samsItem = facilitator.locator('.consent-item', { hasText: IDEAS[2] });
  await expect(samsItem.getByText('Kim objected: “The case system is frozen until the upgrade in May”')).toBeVisible();
  await samsItem.getByRole('button', { name: 'Record consent' }).click();
  await expect(facilitator.getByRole('alert').first()).toContainText('1 objection is still open');
  await samsItem.getByLabel('How it was resolved, or why it is noted').fill('Start with a paper sheet until May');
  await samsItem.getByRole('button', { name: 'Resolved' }).click();
  await samsItem.getByRole('button', { name: 'Record consent' }).click();
  await facilitator.locator('.consent-item', { hasText: IDEAS[0] }).getByRole('button', { name: 'Record consent' }).click();
  for (const page of [facilitator, kim, ade]) {
    await expect(page.locator('.consent-agreed')).toHaveCount(2);
    await expect(page.getByText('Resolved: Start with a paper sheet until May')).toBeVisible();
  }
  await expectNoAxeViolations(ade, 'the consent round');
});
