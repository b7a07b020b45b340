// Writes a workshop with many blocker notes into a host data folder through
// the host's own store, before the host starts: the app under test has no
// seeding hook of any kind.
import { addBlocker, addTheme, createWorkshop } from '../../shared/doc/ops/index';
import { CATEGORIES } from '../../shared/doc/schema';
import { HostStore } from '../../electron/host/store/host-store';

export const SEED_COLUMNS = 60;
export const SEED_STEP = { x: 240, y: 170 } as const;
export const SEED_ORIGIN = 20;

const PHRASES = [
  'The same referral details are typed into three systems',
  'Food vouchers need a senior manager to sign them off',
  'Review meetings are booked by email chains of twenty messages',
  'Mileage claims are printed, signed and scanned back in',
  'Case notes time out and lose an hour of typing',
  'Panel papers repeat the assessment word for word',
  'Supervision gets cancelled for panel meetings',
  'Taxi bookings need two days of sign-off',
  'Visit rooms are booked through a separate phone line',
  'Every transfer means retyping the chronology',
];

/** Where the n-th seeded note sits: a wide grid with gaps, like a busy real board. */
export function seedPosition(i: number): { x: number; y: number } {
  return { x: SEED_ORIGIN + (i % SEED_COLUMNS) * SEED_STEP.x, y: SEED_ORIGIN + Math.floor(i / SEED_COLUMNS) * SEED_STEP.y };
}

export async function seedBoard(dataDir: string, workshopId: string, notes: number): Promise<void> {
  const store = await HostStore.open(dataDir);
  try {
    const workshop = await store.workshop(workshopId);
    const doc = workshop.doc;
    // One transaction: the store logs one update, the way a restored workshop arrives.
    doc.transact(() => {
      createWorkshop(doc, { title: 'Benchmark board', localAuthority: 'Benchshire County Council' });
      const themes = Array.from({ length: 25 }, (_, t) => addTheme(doc, { name: `Theme ${t + 1}` }));
      for (let i = 0; i < notes; i += 1) {
        addBlocker(doc, {
          text: `${PHRASES[i % PHRASES.length]} (${i + 1})`,
          category: CATEGORIES[i % CATEGORIES.length]!.id,
          themeId: i % 3 === 0 ? themes[i % themes.length]! : null,
          ...seedPosition(i),
        });
      }
    });
    await workshop.flush();
  } finally {
    await store.close();
  }
}
