import { useEffect, useRef, useState } from 'react';
import { formatClock, secondsLeft } from '../../../../shared/facilitation/clock';
import type { WorkshopMeta } from '../../../../shared/doc/types';
import { announce } from '../../store/workshop-store';
import { playSoftChime } from './soft-chime';
import { useHostNow } from './use-now';

const SOUND_KEY = 'small-changes:timer-sound';

function soundWanted(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

/**
 * The shared timer: every laptop counts down from the start time in the
 * document, measured in the host's clock, so the rooms' screens agree. At the
 * end: a gentle visual change, a polite announcement, and a soft chime only
 * for those who turned it on. Never a pop-up.
 */
export function Countdown({ meta }: { meta: WorkshopMeta }) {
  const now = useHostNow();
  const left = secondsLeft(meta, now);
  const [sound, setSound] = useState(soundWanted);
  const ended = left === 0;
  const signalled = useRef<number | null>(null);

  useEffect(() => {
    if (!ended || meta.timerStartedAt === null || signalled.current === meta.timerStartedAt) return;
    signalled.current = meta.timerStartedAt;
    announce('Time is up for this step.');
    if (sound) playSoftChime();
  }, [ended, meta.timerStartedAt, sound]);

  function toggleSound(on: boolean) {
    setSound(on);
    try {
      localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
    } catch {
      // Not remembered; it still works for now.
    }
  }

  return (
    <div className={`countdown${ended ? ' countdown-ended' : ''}`}>
      <span className="countdown-label">Time left</span>{' '}
      <span className="countdown-time" data-testid="countdown" role="timer" aria-live="off" data-seconds-left={left ?? ''}>
        {left === null ? 'No timer running' : ended ? 'Time is up' : formatClock(left)}
      </span>
      <label className="countdown-sound">
        <input type="checkbox" checked={sound} onChange={(e) => toggleSound(e.target.checked)} /> Soft sound when time is up
      </label>
    </div>
  );
}
