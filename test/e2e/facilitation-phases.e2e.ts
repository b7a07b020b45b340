// Issue 8: a facilitator and two practitioners, each in their own browser
// process (three laptops, two of them with wrong clocks), walk every step of
// "Session 1: what gets in the way". Each step's permissions hold and a
// blocked action says why; the shared timer agrees across laptops within a
// second; follow me moves everyone and a participant can step out and come
// back; hands up and ready are counted live; axe finds nothing on the
// facilitator's controls. In the theme step a practitioner groups and names a
// theme; in the vote step adding an idea is refused with the reason; the
// facilitator spotlights a theme and an idea and the other laptops are brought to each.
import { chromium, expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { BUILT_IN_TEMPLATES } from '../../shared/facilitation/templates';
import { expectNoAxeViolations } from './helpers/axe';
import { startHost, type HostProcess } from './helpers/host-process';

const expect = baseExpect.configure({ timeout: 20_000 });
const TEMPLATE = BUILT_IN_TEMPLATES[0]!;

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

/** A laptop whose clock is `offsetMs` off: Date.now lies from the first script on. */
async function laptop(browser: Browser, offsetMs: number): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (offsetMs !== 0) {
    await page.addInitScript((offset) => {
      const real = Date.now.bind(Date);
      Date.now = () => real() + offset;
    }, offsetMs);
  }
  return page;
}

async function tryToAddNote(page: Page, text: string): Promise<void> {
  await page.getByLabel('What gets in the way of time with children and families?').fill(text);
  await page.getByRole('button', { name: 'Add note' }).click();
}

async function secondsLeftOn(pages: Page[]): Promise<number[]> {
  const values = await Promise.all(pages.map((p) => p.getByTestId('countdown').getAttribute('data-seconds-left')));
  return values.map((v) => Number(v));
}

test('three laptops walk every step of Session 1 together', async () => {
  test.setTimeout(300_000);
  const [fac, kim, ade] = [await laptop(browsers[0]!, 0), await laptop(browsers[1]!, -47_000), await laptop(browsers[2]!, 93_000)];

  await fac.goto(host.url);
  await fac.getByLabel('Workshop name').fill('Team North, session 1');
  await fac.getByLabel('Local authority').fill('Northshire County Council');
  await fac.getByLabel('Your name (optional)').fill('Sam');
  await fac.getByLabel('Session template').selectOption({ label: TEMPLATE.title });
  await fac.getByRole('button', { name: 'Create workshop' }).click();
  await expect(fac.getByRole('heading', { name: 'Facilitator controls' })).toBeVisible();
  const url = fac.url();

  for (const [page, name] of [[kim, 'Kim'], [ade, 'Ade']] as const) {
    await page.goto(url);
    await page.getByLabel('Join the session as').fill(name);
    await page.getByRole('button', { name: 'Join the session' }).click();
    await expect(page.getByRole('button', { name: 'Raise my hand' })).toBeVisible();
    // Practitioners never see the facilitator's controls.
    await expect(page.getByRole('heading', { name: 'Facilitator controls' })).toHaveCount(0);
  }

  await fac.getByRole('button', { name: 'Start the agenda' }).click();
  const everyone = [fac, kim, ade];
  for (const [i, step] of TEMPLATE.steps.entries()) {
    if (i > 0) await fac.getByRole('button', { name: 'Next step' }).click();
    for (const page of everyone) {
      await expect(page.getByTestId('phase-label')).toHaveText(step.label);
      await expect(page.getByText(`Step ${i + 1} of ${TEMPLATE.steps.length}`)).toBeVisible();
    }
    // Each step's rule holds for a practitioner, and a refusal is explained.
    await kim.getByRole('link', { name: 'Blockers', exact: true }).click();
    await tryToAddNote(kim, `Kim's note in step ${i + 1}`);
    if (step.allowAdd) {
      await expect(kim.getByLabel('What gets in the way of time with children and families?')).toHaveValue('');
    } else {
      await expect(kim.getByText(/Adding notes is closed in this phase: .+\./)).toBeVisible();
    }
    if (step.allowVote) await expect(kim.getByTestId('phase-may')).toHaveText('You can: vote.');
    if (step.stage === 'theme') await expect(kim.getByTestId('phase-may')).toHaveText('You can: edit everything.');
    if (!step.allowAdd && !step.allowVote && !step.allowEditAll && !step.allowEditOwn) await expect(kim.getByTestId('phase-may')).toHaveText('Read only in this phase.');

    if (i === 0) {
      // The temperature check, anonymously, from both practitioners.
      for (const [page, answers] of [[kim, [4, 2, 3]], [ade, [5, 1, 2]]] as const) {
        for (const [q, value] of answers.entries()) {
          await page.locator('.survey-question').nth(q).getByLabel(String(value), { exact: true }).check();
        }
        await page.getByRole('button', { name: 'Send anonymously' }).click();
        await expect(page.getByText(/your start temperature check is in/)).toBeVisible();
      }
    }

    if (i === 1) {
      // Lock the board: even in an open step the practitioner is told why not.
      await fac.getByRole('button', { name: 'Lock the board' }).click();
      await tryToAddNote(kim, 'While locked');
      await expect(kim.getByText('The facilitator has locked the board for now.').first()).toBeVisible();
      await fac.getByRole('button', { name: 'Unlock the board' }).click();
      await expect(kim.getByTestId('phase-may')).toHaveText('You can: add notes and ideas, edit their own.');

      // The shared timer: three laptops, clocks 47 s slow and 93 s fast, one countdown.
      await fac.getByLabel('Timer minutes').fill('5');
      await fac.getByRole('button', { name: 'Start timer' }).click();
      for (const page of everyone) await expect(page.getByTestId('countdown')).toHaveText(/^[45]:\d\d$/);
      for (let sample = 0; sample < 3; sample++) {
        const left = await secondsLeftOn(everyone);
        expect(Math.max(...left) - Math.min(...left), `seconds left on the three laptops: ${left.join(', ')}`).toBeLessThanOrEqual(1);
        expect(Math.min(...left)).toBeGreaterThan(280);
      }
      await expectNoAxeViolations(fac, "the facilitator's controls with a timer running");
      await expectNoAxeViolations(kim, "a practitioner's phase banner");
    }

    if (i === 2) {
      // Follow me: the facilitator goes to the ideas view and brings everyone.
      await fac.getByRole('link', { name: 'Small changes', exact: true }).click();
      await fac.getByRole('button', { name: 'Bring everyone here' }).click();
      for (const page of [kim, ade]) {
        await expect(page).toHaveURL(/\/ideas$/);
        await expect(page.getByText('You are following the facilitator.')).toBeVisible();
      }
      // Kim steps out, then comes back.
      await kim.getByRole('link', { name: 'Blockers', exact: true }).click();
      await expect(kim.getByText('You have stepped out of follow me.')).toBeVisible();
      await kim.getByRole('button', { name: 'Come back' }).click();
      await expect(kim).toHaveURL(/\/ideas$/);
      await fac.getByRole('button', { name: 'Let everyone move freely' }).click();
      await expect(ade.getByText('You are following the facilitator.')).toHaveCount(0);
      await fac.getByRole('link', { name: 'Blockers', exact: true }).click();
      // A colleague's note, for Kim to group with her own in the theme step.
      await ade.getByRole('link', { name: 'Blockers', exact: true }).click();
      await tryToAddNote(ade, 'Ade: forms typed twice');
      await expect(ade.getByLabel('What gets in the way of time with children and families?')).toHaveValue('');
    }

    if (i === 3) {
      // Theming is the room's work: Kim groups her note with Ade's and names the theme.
      await kim.getByRole('button', { name: 'List', exact: true }).click();
      await kim.getByLabel("Select note: Kim's note in step 3").check();
      await kim.getByLabel('Select note: Ade: forms typed twice').check();
      await kim.getByRole('button', { name: /Group selected into theme/ }).click();
      const nameField = kim.getByLabel(/^Theme name of /);
      await expect(nameField).toHaveCount(1);
      await nameField.fill('Forms twice');
      await kim.getByRole('button', { name: /^Rename theme / }).click();
      await fac.getByRole('button', { name: 'List', exact: true }).click();
      await expect(fac.getByRole('heading', { name: /^Forms twice/, level: 3 })).toBeVisible();

      // Spotlight the theme: Kim, looking at the small changes, is brought to it.
      await kim.getByRole('link', { name: 'Small changes', exact: true }).click();
      await fac.getByRole('button', { name: 'Spotlight this theme “Forms twice”' }).click();
      await expect(kim).not.toHaveURL(/\/ideas$/);
      await expect(kim.getByText('Spotlighted by the facilitator')).toBeVisible();
      await expect(kim.locator(':focus')).toHaveText(/^Forms twice/);
      await fac.getByRole('button', { name: 'Let everyone move freely' }).click();
    }

    if (i === 4) {
      // Voting: a practitioner who tries to add an idea is told why not.
      await kim.getByRole('link', { name: 'Small changes', exact: true }).click();
      await expect(kim.getByTestId('idea-add-closed')).toHaveText('Adding ideas is closed in this phase: we are voting.');
      await kim.getByLabel('The change').fill('Block Wednesday afternoons');
      await kim.getByRole('button', { name: 'Add idea' }).click();
      await expect(kim.getByRole('alert')).toHaveText('Adding ideas is closed in this phase: we are voting.');
      await expect(kim.getByLabel('The change')).toHaveValue('Block Wednesday afternoons');

      // The facilitator may; then spotlights the idea and Kim, on the blockers, is brought to it.
      await fac.getByRole('link', { name: 'Small changes', exact: true }).click();
      await fac.getByLabel('The change').fill('One referral form, filled once');
      await fac.getByRole('button', { name: 'Add idea' }).click();
      await kim.getByRole('link', { name: 'Blockers', exact: true }).click();
      await fac.getByRole('button', { name: 'Spotlight this idea “One referral form, filled once”' }).click();
      await expect(kim).toHaveURL(/\/ideas$/);
      const card = kim.locator('.idea-card', { hasText: 'One referral form, filled once' });
      await expect(card.getByText('Spotlighted by the facilitator')).toBeVisible();
      await expect(kim.locator(':focus')).toHaveText('One referral form, filled once');
      await expectNoAxeViolations(kim, 'a spotlighted idea');
      await fac.getByRole('button', { name: 'Let everyone move freely' }).click();
      await fac.getByRole('link', { name: 'Blockers', exact: true }).click();
    }

    if (i === 5) {
      // Hands up and ready, counted live on the facilitator's laptop.
      await kim.getByRole('button', { name: 'Raise my hand' }).click();
      await ade.getByRole('button', { name: "I'm ready" }).click();
      await expect(fac.getByTestId('facilitator-hand-counts')).toHaveText('1 hand up · 1 of 3 ready');
      await kim.getByRole('button', { name: 'Lower my hand' }).click();
      await expect(fac.getByTestId('facilitator-hand-counts')).toHaveText('0 hands up · 1 of 3 ready');
    }
  }

  // The last step: the end temperature check, then the before/after table.
  await kim.locator('.survey-question').nth(0).getByLabel('3', { exact: true }).check();
  await kim.locator('.survey-question').nth(1).getByLabel('4', { exact: true }).check();
  await kim.locator('.survey-question').nth(2).getByLabel('4', { exact: true }).check();
  await kim.getByRole('button', { name: 'Send anonymously' }).click();
  await fac.getByText('Agenda, roles, templates and results').click();
  const results = fac.locator('.survey-results');
  await expect(results.getByRole('row', { name: /gets in the way/ })).toHaveText(/4\.5\s*3\.0/);
  await expect(fac.getByRole('button', { name: 'Next step' })).toBeVisible();
  await fac.getByRole('button', { name: 'Next step' }).click();
  await expect(fac.getByText('This is the last step of the agenda.')).toBeVisible();
  await expectNoAxeViolations(fac, "the facilitator's controls, opened out");
});

test('a programme: the next session carries the changes forward and reviews each', async () => {
  test.setTimeout(120_000);
  const sam = await laptop(browsers[0]!, 0);
  await sam.goto(host.url);
  await sam.getByLabel('Workshop name').fill('Team South, session 2');
  await sam.getByLabel('Local authority').fill('Southshire Council');
  await sam.getByLabel('Session template').selectOption({ label: BUILT_IN_TEMPLATES[1]!.title });
  await sam.getByRole('button', { name: 'Create workshop' }).click();
  await expect(sam.getByRole('heading', { name: 'Team South, session 2' })).toBeVisible();
  await sam.getByRole('navigation', { name: 'Workshop' }).getByRole('link', { name: 'Blueprint', exact: true }).click();
  await sam.getByRole('button', { name: 'Start the blueprint from the workshop' }).click();
  const add = sam.getByLabel('Add a change to the tracker');
  await add.focus();
  await sam.keyboard.type('One referral form, filled once');
  await sam.keyboard.press('Enter');
  await expect(sam.getByRole('group', { name: /One referral form, filled once/ })).toBeVisible();

  await sam.getByText('Agenda, roles, templates and results').click();
  await sam.getByLabel('Programme', { exact: true }).fill('Southshire small changes');
  await sam.getByLabel('Template', { exact: true }).selectOption({ label: BUILT_IN_TEMPLATES[2]!.title });
  await sam.getByRole('button', { name: 'Start session 3' }).click();
  await expect(sam.getByRole('heading', { name: 'Southshire small changes: session 3' })).toBeVisible();

  await sam.getByText('Agenda, roles, templates and results').click();
  const review = sam.locator('.programme-review');
  await expect(review.getByRole('heading', { name: 'Review the changes of Southshire small changes (session 3)' })).toBeVisible();
  await expect(review.getByText('One referral form, filled once')).toBeVisible();
  await review.getByLabel('Did it happen?').selectOption('partly');
  await review.getByLabel('Minutes it saved a week').fill('40');
  await review.getByLabel('Decision').selectOption('adapt');
  await expect(review.getByLabel('Did it happen?')).toHaveValue('partly');
  await expect(review.getByLabel('Decision')).toHaveValue('adapt');
  await expectNoAxeViolations(sam, 'the programme review');
});
