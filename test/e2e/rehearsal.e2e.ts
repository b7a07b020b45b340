// Issue 10: a whole workshop, rehearsed end to end, the way a council runs it.
// A facilitator, four practitioners and a leader, each in their own Chromium
// process (six laptops), against one `npm run host -- --room … --secret …`:
// everyone joins by typing the room code and secret, the facilitator starts
// the room's workshop from a session template; temperature check, write
// blockers privately, reveal, minutes a week, theme, propose small changes,
// two voting rounds, consent, co-write the blueprint, export Word and PDF;
// the exported documents must hold what the room decided, in order. axe
// checks every screen on the way. The twin runs the same flow with one
// practitioner on the keyboard alone.
// REHEARSAL_SCREENSHOTS=1 writes the guides' screenshots to docs/images/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test, type Browser, type Locator, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { BUILT_IN_TEMPLATES } from '../../shared/facilitation/templates';
import { expectNoAxeViolations } from './helpers/axe';
import { startHost, type HostProcess } from './helpers/host-process';
import {
  addDot, addNote, answerTemperature, estimateMinutes, expect, expectJoined, goTo, joinRoom, proposeIdea, resultRows, shot, writeInSection,
  type Person, type RoomDoor,
} from './helpers/rehearsal-steps';

// The one-day template walks every phase: welcome, map (write privately, reveal), theme, propose, vote, blueprint, review.
const TEMPLATE = BUILT_IN_TEMPLATES.find((t) => t.id === 'whole-day')!;
const STEP = Object.fromEntries(['welcome', 'writePrivately', 'reveal', 'theme', 'propose', 'vote', 'blueprint', 'review'].map((name, i) => [name, TEMPLATE.steps[i]!.label]));
const PRACTITIONERS = ['Kim', 'Ade', 'Jo', 'Ravi'];
const NOTES: Record<string, string[]> = {
  Kim: ['Court bundles are printed three times', 'Mileage claims are on paper forms'],
  Ade: ['Case notes are typed twice into two systems', 'Food vouchers wait days for sign-off'],
  Jo: ['Panel papers are retyped into minutes', 'Travel across the county takes hours'],
  Ravi: ['Every small purchase needs a senior manager', 'Review invites are sent one by one'],
};
const THEMES = { paperwork: 'Paperwork done twice', signOff: 'Waiting for sign-off' };
const IDEAS = {
  Kim: 'Team managers sign food vouchers the same day',
  Ade: 'Write case notes once and copy them across',
  Ravi: 'One review-meeting invite sheet in the case system',
};
/** The blockers each idea removes (ticked when proposing it). */
const IDEA_REMOVES: Record<keyof typeof IDEAS, string[]> = {
  Kim: [NOTES['Ade']![1]!, NOTES['Ravi']![0]!],
  Ade: [NOTES['Ade']![0]!],
  Ravi: [NOTES['Ravi']![1]!],
};
const VISION = 'Every child knows who their social worker is.';
const RISK = 'Managers may not let go of sign-off for small things.';
const OBJECTION = 'The case system is frozen until the upgrade in May';
const RESOLUTION = 'Start with a shared document until May';
// Minutes lost each week, per worker, that practitioners give their own notes after the reveal: 3 hours in all.
const MINUTES: [person: string, note: string, minutes: number][] = [
  ['Kim', NOTES['Kim']![0]!, 30], ['Ade', NOTES['Ade']![0]!, 45], ['Jo', NOTES['Jo']![1]!, 60], ['Ravi', NOTES['Ravi']![0]!, 45],
];
const TOTALS = 'Together they cost each worker about 3 hours a week, 24 hours a week for a team of 8.';
const TITLE = 'Team North rehearsal';
// The room the host opens, as the facilitator would read it out.
const ROOM = 'NORTH7';
const SECRET = 'Team North 2026';

const out = mkdtempSync(join(tmpdir(), 'scs-rehearsal-'));

// Each rehearsal gets its own host: the room keeps its workshop, and the twin
// must find it empty, as a room opened on the day is.
let host: HostProcess | null = null;

test.beforeEach(async () => {
  test.setTimeout(180_000); // the host may build the app first
  host = await startHost({ args: ['--room', ROOM, '--secret', SECRET] });
});

test.afterEach(async () => {
  await host?.stop();
  host = null;
});

/** Six laptops: six browser processes, each with one page. */
async function laptops(count: number): Promise<{ browsers: Browser[]; pages: Page[] }> {
  // The room is one LAN: laptops must see each other's real addresses, not mDNS names.
  const args = [...CHROMIUM_ARGS, '--disable-features=WebRtcHideLocalIpsWithMdns'];
  const browsers = await Promise.all(Array.from({ length: count }, () => chromium.launch({ executablePath: CHROMIUM_PATH, args })));
  const pages = await Promise.all(browsers.map(async (b) => {
    const context = await b.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    // A missing control fails in seconds, not at the end of the test's long budget.
    context.setDefaultTimeout(30_000);
    return context.newPage();
  }));
  for (const page of pages) page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  return { browsers, pages };
}

const next = async (fac: Page, label: string) => {
  await fac.getByRole('button', { name: 'Next step' }).click();
  await expect(fac.getByTestId('phase-label')).toHaveText(label);
};

/** Normalised text, and the position of each phrase in it: every phrase must be there, in this order. */
function expectInOrder(text: string, phrases: readonly string[], where: string): void {
  const flat = text.replace(/\s+/g, ' ');
  let from = 0;
  for (const phrase of phrases) {
    const at = flat.indexOf(phrase, from);
    expect(at, `${where}: “${phrase}” after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + phrase.length;
  }
}

async function rehearse(options: { keyboardPractitioner: boolean; axe: boolean; screenshots: boolean }): Promise<void> {
  const axe = async (page: Page, where: string) => { if (options.axe) await expectNoAxeViolations(page, where); };
  const picture = async (page: Page, name: string, subject?: Locator) => { if (options.screenshots) await shot(page, name, subject); };
  const { browsers, pages } = await laptops(6);
  try {
    const [fac, leaderPage, ...practitionerPages] = pages as [Page, Page, ...Page[]];
    const people: Person[] = PRACTITIONERS.map((name, i) => ({
      page: practitionerPages[i]!, name,
      // Ravi, the last, is the one on the keyboard alone in the twin.
      keyboard: options.keyboardPractitioner && i === PRACTITIONERS.length - 1,
    }));
    const [kim, ade, jo, ravi] = people as [Person, Person, Person, Person];
    const leader: Person = { page: leaderPage, name: 'Lin', keyboard: false };
    const facilitator: Person = { page: fac, name: 'Sam', keyboard: false };

    if (!host) throw new Error('The host did not start');
    const door: RoomDoor = { hostUrl: host.url, code: ROOM, secret: SECRET };

    // --- The facilitator joins the room by its code and starts its workshop from a session template.
    console.log(`[rehearsal] The facilitator joins the room by its code and starts the workshop from a template.`);
    await fac.goto(door.hostUrl);
    await axe(fac, 'the home screen');
    await joinRoom(facilitator, door, 'Practitioner', async () => {
      await axe(fac, 'the join screen, filled in');
      await picture(fac, 'join-room');
    });
    await expect(fac.getByRole('heading', { name: 'This room’s workshop has not started yet' })).toBeVisible();
    await axe(fac, 'the room’s workshop, not started yet');
    await fac.getByLabel('Workshop name').fill(TITLE);
    await fac.getByLabel('Local authority').fill('Northshire County Council');
    await fac.getByLabel('Session template').selectOption({ label: TEMPLATE.title });
    await picture(fac, 'start-room-workshop', fac.getByRole('heading', { name: 'This room’s workshop has not started yet' }));
    await fac.getByRole('button', { name: 'Start the workshop' }).click();
    // Whoever starts it runs it.
    await expect(fac.getByRole('heading', { name: 'Facilitator controls' })).toBeVisible();
    await expect(fac.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

    // --- Everyone else joins by typing the code and the secret on their own laptop.
    console.log(`[rehearsal] Everyone joins by the room code on their own laptop.`);
    await Promise.all([
      ...people.map((p) => joinRoom(p, door, 'Practitioner')),
      joinRoom(leader, door, 'Leader'),
    ]);
    for (const p of [...people, leader]) await expectJoined(p, TITLE);
    await axe(ravi.page, 'the board after joining');
    // The starter runs the room, the leader is in as Leader, the others as Practitioner.
    // (hasText alone would not do: "online" holds "lin".)
    const person = (name: string) => fac.locator('.person', { has: fac.locator('.person-name', { hasText: new RegExp(`^${name}( \\(you\\))?$`) }) });
    await expect(person('Lin')).toContainText('Leader');
    await expect(person('Sam')).toContainText('Facilitator');
    for (const p of people) await expect(person(p.name)).toContainText('Practitioner');

    // --- Welcome and temperature check, anonymous.
    console.log(`[rehearsal] Welcome and temperature check, anonymous.`);
    await fac.getByRole('button', { name: 'Start the agenda' }).click();
    for (const p of [...people, leader, facilitator]) await expect(p.page.getByTestId('phase-label')).toHaveText(STEP.welcome!);
    await picture(kim.page, 'temperature-check', kim.page.getByRole('heading', { name: /Temperature check/ }));
    await axe(ravi.page, 'the temperature check');
    await Promise.all(people.map((p, i) => answerTemperature(p, [2 + (i % 3), 1 + (i % 2), 3])));
    await axe(fac, "the facilitator's controls");
    await picture(fac, 'facilitator-controls', fac.getByTestId('phase-label'));

    // --- Write blockers privately, then reveal.
    console.log(`[rehearsal] Write blockers privately, then reveal.`);
    await next(fac, STEP.writePrivately!);
    await goTo(facilitator, 'Blockers');
    await fac.getByRole('button', { name: 'Start writing privately' }).click();
    await Promise.all(people.map(async (p) => {
      await goTo(p, 'Blockers');
      await expect(p.page.getByText('Writing privately.')).toBeVisible();
      for (const text of NOTES[p.name]!) await addNote(p, text);
      await expect(p.page.getByRole('heading', { name: /Your private notes \(2, only on this laptop\)/ })).toBeVisible();
    }));
    await picture(jo.page, 'write-privately', jo.page.locator('.private-bar'));
    await axe(ravi.page, 'the board while writing privately');
    // Nothing private has reached anyone else.
    await expect(fac.locator('[data-note-id]')).toHaveCount(0);
    await expect(kim.page.getByText(NOTES['Ade']![0]!)).toHaveCount(0);
    await fac.getByRole('button', { name: 'Reveal everyone’s notes' }).click();
    await next(fac, STEP.reveal!);
    const allNotes = Object.values(NOTES).flat();
    // Each laptop has published its private notes...
    for (const p of people) await expect(p.page.getByRole('heading', { name: /Your private notes/ })).toHaveCount(0);
    // Practitioners say what their own notes cost each week.
    await Promise.all(MINUTES.map(([name, note, minutes]) => estimateMinutes(people.find((p) => p.name === name)!, note, minutes)));
    await expect(fac.locator('.totals-summary')).toContainText('24 hours a week for a team of 8 (3 hours per worker), from 4 of 8 notes with an estimate');
    await kim.page.getByRole('button', { name: 'Zoom to fit' }).click();
    await picture(kim.page, 'board-revealed', kim.page.getByRole('heading', { name: /Blockers on the board/ }));
    await axe(ravi.page, 'the board after the reveal');
    // ...and the list (the board draws only what is on screen) holds every one of them.
    await fac.getByRole('button', { name: 'List', exact: true }).click();
    for (const text of allNotes) await expect(fac.locator('[data-list-note-id]', { hasText: text })).toHaveCount(1);

    // --- Theme: the facilitator groups notes as the room says.
    console.log(`[rehearsal] Theme: the facilitator groups notes as the room says.`);
    await next(fac, STEP.theme!);
    const named: string[] = [];
    const group = async (notes: string[], name: string) => {
      for (const text of notes) await fac.getByRole('checkbox', { name: new RegExp(text) }).check();
      await fac.getByRole('button', { name: /Group selected into theme/ }).click();
      // The new theme is named after its notes; find it among the named ones and rename it.
      const fields = fac.getByLabel(/^Theme name of /);
      await expect(fields).toHaveCount(named.length + 1);
      let suggested = '';
      for (let i = 0; i <= named.length; i++) {
        const value = await fields.nth(i).inputValue();
        if (!named.includes(value)) suggested = value;
      }
      await fac.getByLabel(`Theme name of ${suggested}`, { exact: true }).fill(name);
      await fac.getByRole('button', { name: `Rename theme ${suggested}`, exact: true }).click();
      named.push(name);
      await expect(fac.getByRole('heading', { name: new RegExp(`^${name}`), level: 3 })).toBeVisible();
      for (const text of notes) await fac.getByRole('checkbox', { name: new RegExp(text) }).uncheck();
    };
    await group([NOTES['Kim']![0]!, NOTES['Ade']![0]!, NOTES['Jo']![0]!], THEMES.paperwork);
    await group([NOTES['Ade']![1]!, NOTES['Ravi']![0]!], THEMES.signOff);
    await picture(fac, 'themes', fac.getByRole('heading', { name: new RegExp(`^${THEMES.paperwork}`), level: 3 }));
    await axe(fac, 'the list with themes');

    // --- Propose small changes.
    console.log(`[rehearsal] Propose small changes.`);
    await next(fac, STEP.propose!);
    await Promise.all([kim, ade, ravi].map(async (p) => {
      await goTo(p, 'Small changes');
      await proposeIdea(p, IDEAS[p.name as keyof typeof IDEAS], IDEA_REMOVES[p.name as keyof typeof IDEAS]);
    }));
    await goTo(facilitator, 'Small changes');
    for (const idea of Object.values(IDEAS)) await expect(fac.getByRole('heading', { name: idea })).toBeVisible();
    // The two ideas linked to an estimated blocker give back 45 minutes a week for each of 8 workers: 6 hours.
    for (const idea of [IDEAS.Kim, IDEAS.Ade]) await expect(fac.locator('.idea-card', { hasText: idea }).locator('.idea-hours')).toContainText('6 hours a week');
    await picture(fac, 'small-changes', fac.getByRole('heading', { name: IDEAS.Kim }));
    await axe(ravi.page, 'the small changes');

    // --- Two voting rounds: themes, then ideas.
    console.log(`[rehearsal] Two voting rounds: themes, then ideas.`);
    await next(fac, STEP.vote!);
    await goTo(facilitator, 'Vote');
    const round = (page: Page, title: string) => page.locator('.round-card', { hasText: title });
    const setUpRound = async (title: string, ballot: 'Themes' | 'Small change ideas', dots: number) => {
      await fac.getByRole('button', { name: 'Set up a voting round' }).click();
      await fac.getByLabel('Title', { exact: true }).fill(title);
      await fac.getByLabel(ballot, { exact: true }).check();
      await fac.getByLabel('Dots per person').fill(String(dots));
      await fac.getByRole('button', { name: 'Set up round' }).click();
      await round(fac, title).getByRole('button', { name: 'Open voting' }).click();
    };
    const vote = async (title: string, ballots: [Person, string[]][], dots: number) => {
      const unit = dots === 1 ? 'dot' : 'dots';
      await Promise.all(ballots.map(async ([p, items]) => {
        const card = round(p.page, title);
        await expect(card.getByText(`You have ${dots} of ${dots} ${unit} left.`)).toBeVisible();
        for (const item of items) await addDot(p, item);
        await expect(card.getByText(`You have ${dots - items.length} of ${dots} ${unit} left.`)).toBeVisible();
      }));
      await round(fac, title).getByRole('button', { name: 'Close voting' }).click();
      await round(fac, title).getByRole('button', { name: 'Reveal results' }).click();
    };
    const ROUND_1 = 'Which blockers cost most';
    const ROUND_2 = 'Which changes to try';

    await setUpRound(ROUND_1, 'Themes', 1);
    await Promise.all(people.map((p) => goTo(p, 'Vote')));
    await picture(jo.page, 'ballot', jo.page.locator('.round-card'));
    await axe(ravi.page, 'the ballot');
    await vote(ROUND_1, [[kim, [THEMES.paperwork]], [ade, [THEMES.paperwork]], [jo, [THEMES.paperwork]], [ravi, [THEMES.signOff]]], 1);
    const round1 = [['1st', THEMES.paperwork, '3'], ['2nd', THEMES.signOff, '1']];
    for (const p of [facilitator, ravi]) await expect.poll(() => resultRows(round(p.page, ROUND_1))).toEqual(round1);

    await setUpRound(ROUND_2, 'Small change ideas', 2);
    await vote(ROUND_2, [
      [kim, [IDEAS.Kim, IDEAS.Ade]], [ade, [IDEAS.Kim, IDEAS.Ravi]], [jo, [IDEAS.Kim, IDEAS.Ade]], [ravi, [IDEAS.Kim, IDEAS.Ade]],
    ], 2);
    const round2 = [['1st', IDEAS.Kim, '4'], ['2nd', IDEAS.Ade, '3'], ['3rd', IDEAS.Ravi, '1']];
    for (const p of [facilitator, ...people]) await expect.poll(() => resultRows(round(p.page, ROUND_2))).toEqual(round2);
    await picture(kim.page, 'results', round(kim.page, ROUND_2));
    await axe(ravi.page, 'the results');

    // --- Consent for the top two; one objection, resolved.
    console.log(`[rehearsal] Consent for the top two; one objection, resolved.`);
    await round(fac, ROUND_2).getByLabel('How many to take forward').fill('2');
    await round(fac, ROUND_2).getByRole('button', { name: 'Propose these for consent' }).click();
    const adesItem = ade.page.locator('.consent-item', { hasText: IDEAS.Ade });
    await adesItem.getByRole('button', { name: 'Raise an objection' }).click();
    await adesItem.getByLabel('Your principled objection').fill(OBJECTION);
    await adesItem.getByRole('button', { name: 'Record objection' }).click();
    const samsItem = fac.locator('.consent-item', { hasText: IDEAS.Ade });
    await expect(samsItem.getByText(`Ade objected: “${OBJECTION}”`)).toBeVisible();
    await samsItem.getByLabel('How it was resolved, or why it is noted').fill(RESOLUTION);
    await samsItem.getByRole('button', { name: 'Resolved' }).click();
    await samsItem.getByRole('button', { name: 'Record consent' }).click();
    await fac.locator('.consent-item', { hasText: IDEAS.Kim }).getByRole('button', { name: 'Record consent' }).click();
    for (const p of [facilitator, ...people]) await expect(p.page.locator('.consent-item').filter({ hasText: 'Agreed ·' })).toHaveCount(2);
    await picture(fac, 'consent', fac.locator('.consent-item'));
    await axe(ravi.page, 'the consent round');

    // --- Co-write the blueprint.
    console.log(`[rehearsal] Co-write the blueprint.`);
    await next(fac, STEP.blueprint!);
    await goTo(facilitator, 'Blueprint');
    await fac.getByRole('button', { name: 'Start the blueprint from the workshop' }).click();
    await expect(fac.getByRole('heading', { name: 'Vision and values', level: 3 })).toBeVisible();
    await Promise.all([kim, ravi].map((p) => goTo(p, 'Blueprint')));
    await Promise.all([writeInSection(kim, 'Vision and values', VISION), writeInSection(ravi, 'Risks and critiques', RISK)]);
    for (const [section, text] of [['Vision and values', VISION], ['Risks and critiques', RISK]] as const) {
      await expect(fac.getByRole('textbox', { name: `${section}: writing` })).toContainText(text);
    }
    await picture(fac, 'blueprint', fac.getByRole('heading', { name: 'Vision and values', level: 3 }));
    await axe(ravi.page, 'the blueprint');

    // --- Review: the temperature check again, before and after side by side.
    console.log(`[rehearsal] Review: the temperature check again.`);
    await next(fac, STEP.review!);
    await Promise.all(people.map((p, i) => answerTemperature(p, [1 + (i % 2), 3 + (i % 2), 4], 'end')));
    await fac.getByText('Agenda, roles, templates and results').click();
    const results = fac.locator('.survey-results');
    await expect(results.getByRole('columnheader', { name: 'Start (4)' })).toBeVisible();
    await expect(results.getByRole('columnheader', { name: 'End (4)' })).toBeVisible();
    await axe(fac, 'the temperature check results');

    // --- The leader exports Word and PDF.
    console.log(`[rehearsal] The leader exports Word and PDF.`);
    await goTo(leader, 'Export');
    await expect(leaderPage.getByRole('heading', { name: 'Export', level: 2 })).toBeVisible();
    await picture(leaderPage, 'export', leaderPage.getByRole('heading', { name: 'Export', level: 2 }));
    await axe(leaderPage, 'the export screen');
    const [download] = await Promise.all([
      leaderPage.waitForEvent('download'),
      leaderPage.getByRole('button', { name: 'Word document', exact: true }).click(),
    ]);
    const docxPath = join(out, `rehearsal-${options.keyboardPractitioner ? 'keyboard' : 'mouse'}.docx`);
    await download.saveAs(docxPath);
    const word = (await mammoth.extractRawText({ buffer: readFileSync(docxPath) })).value;

    await leaderPage.getByRole('link', { name: 'Open the print view' }).click();
    await expect(leaderPage.locator('[data-print-ready="true"]')).toBeVisible();
    await axe(leaderPage, 'the print view');
    const pdfPath = join(out, `rehearsal-${options.keyboardPractitioner ? 'keyboard' : 'mouse'}.pdf`);
    writeFileSync(pdfPath, await leaderPage.pdf({ format: 'A4', printBackground: true, tagged: true }));
    // Reading order, not layout: a table cell's words stay together however the cell wraps.
    const pdf = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });

    // What the room decided, in the order the document tells it: the
    // blueprint the room wrote with the board's totals, both rounds ranked,
    // the consent round with its objection and how it was resolved, then
    // every blocker (with its theme and minutes) and idea.
    const decided = [
      TITLE, 'Northshire County Council', VISION, TOTALS, RISK,
      'Vote results', ROUND_1, THEMES.paperwork, THEMES.signOff,
      ROUND_2, IDEAS.Kim, IDEAS.Ade, IDEAS.Ravi,
      'The consent round', '2 changes went to the consent round; 2 were agreed.',
      IDEAS.Kim, 'Consent given', 'No objection was raised.',
      IDEAS.Ade, 'Consent given', `Objection: “${OBJECTION}”. Resolved: “${RESOLUTION}”`,
      'Appendix A: all blockers',
    ];
    const pdfText = pdf.replace(/\s+/g, ' ');
    const wordText = word.replace(/\s+/g, ' ');
    expectInOrder(word, decided, 'the Word document');
    expectInOrder(pdf, decided, 'the PDF');
    // The export is not anonymous about the room's work, but it names no one unless the workshop chose to.
    expect(wordText).not.toContain('Ade objected');
    const appendixWord = wordText.slice(wordText.indexOf('Appendix A: all blockers'));
    const appendixPdf = pdfText.slice(pdfText.indexOf('Appendix A: all blockers'));
    const themeOf = (text: string) => (Object.entries({ [THEMES.paperwork]: [NOTES['Kim']![0], NOTES['Ade']![0], NOTES['Jo']![0]], [THEMES.signOff]: [NOTES['Ade']![1], NOTES['Ravi']![0]] })
      .find(([, notes]) => notes.includes(text))?.[0]) ?? '';
    for (const text of allNotes) {
      const minutes = MINUTES.find(([, note]) => note === text)?.[2];
      // Word's table row: the blocker in full, its category, scope, how often (blank), minutes (blank when not given) and theme.
      expect(appendixWord, `the Word appendix row of “${text}”`).toContain(`${text} Other Not set ${minutes ?? ''} ${themeOf(text)}`.replace(/\s+/g, ' ').trim());
      expect(appendixPdf, `the PDF appendix holds “${text}”`).toContain(text);
    }
  } catch (error) {
    for (const [i, page] of pages.entries()) await page.screenshot({ path: join(out, `failure-${i}.png`), fullPage: true }).catch(() => undefined);
    console.log(`Rehearsal failure screenshots in ${out}`);
    throw error;
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
  }
}

test('a whole workshop with six laptops, every phase, exported to Word and PDF', async () => {
  test.setTimeout(600_000);
  await rehearse({ keyboardPractitioner: false, axe: true, screenshots: true });
});

test('the same workshop with one practitioner on the keyboard alone', async () => {
  test.setTimeout(600_000);
  // axe ran on every screen in the first rehearsal; this one proves the keyboard path.
  await rehearse({ keyboardPractitioner: true, axe: false, screenshots: false });
});
