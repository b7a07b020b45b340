// Deterministic, realistic blocker notes for tests and benchmarks: what
// practitioners in children's social care write on a blocker map, varied by
// template, subject and wording. No personal data.

const SUBJECTS = [
  'referral details', 'the same address', 'health assessments', 'child protection plans', 'panel papers', 'court bundles',
  'mileage claims', 'food vouchers', 'taxi bookings', 'review invitations', 'strategy discussion notes', 'case summaries',
  'supervision records', 'chronologies', 'consent forms', 'placement requests', 'section 47 enquiries', 'family network meetings',
  'pathway plans', 'contact arrangements', 'school reports', 'agency checks', 'letters to families', 'direct payments',
];
const SYSTEMS = ['the case-recording system', 'Mosaic', 'Liquid Logic', 'the finance portal', 'the shared drive', 'email', 'paper forms'];
const PEOPLE = ['a senior manager', 'the team manager', 'the head of service', 'legal', 'finance', 'business support', 'the IRO'];
const WHEN = ['', ' on Mondays', ' every week', ' at month end', ' before every review', ' after each visit', ' for new starters', ' in the duty week'];
const EXTRA = ['', ' which nobody reads', ' and it is never quick', ' so visits get moved', ' while families wait', ' for no clear reason', ' and then again in Excel'];
const TEMPLATES: ((s: string, t: string, p: string, n: number) => string)[] = [
  (s, t, _p, n) => `We type ${s} into ${t} ${n} times`,
  (s, _t, p) => `${cap(s)} need sign-off from ${p} before anything happens`,
  (s, _t, p, n) => `Waiting ${n} days for ${p} to approve ${s}`,
  (s, t) => `${cap(t)} logs us out while we write ${s}`,
  (s, _t, _p, n) => `${cap(s)} take ${n} hours to format for panel`,
  (s, t) => `Copying ${s} from ${t} into a Word template`,
  (_s, _t, _p, n) => `Team meetings run over by ${n * 10} minutes every week`,
  (s, _t, _p, n) => `Driving ${n * 10} miles across the county to deliver ${s}`,
  (s, _t, p) => `Nobody knows who owns ${s}, so we chase ${p}`,
  (s, t, _p, n) => `Printing ${s} because ${t} will not open them, ${n} times a week`,
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A small seeded generator (mulberry32), so every run sees the same notes. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function realisticNotes(count: number, seed = 42): { id: string; text: string }[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: count }, (_, i) => ({
    id: `blocker:bench${String(i).padStart(7, '0')}`,
    text: `${pick(TEMPLATES)(pick(SUBJECTS), pick(SYSTEMS), pick(PEOPLE), 2 + Math.floor(rand() * 5))}${pick(WHEN)}${pick(EXTRA)}`,
  }));
}
