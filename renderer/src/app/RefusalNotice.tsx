import { useEffect, useRef } from 'react';
import { useWorkshopStore } from '../store/workshop-store';

const SHOWN_MS = 8_000;

/**
 * Shows, without blocking anything, why the last gesture did nothing. The
 * live region has already read it out, so this is plain text (not announced
 * twice). It goes after a while, or at once with Dismiss, and stays while the
 * pointer or focus is on it so nobody loses it mid-read.
 */
export function RefusalNotice() {
  const refusal = useWorkshopStore((state) => state.refusal);
  const box = useRef<HTMLDivElement>(null);
  const hovered = useRef(false);
  const dismiss = () => useWorkshopStore.setState({ refusal: null });

  useEffect(() => {
    if (!refusal) return;
    const timer = setInterval(() => {
      const held = hovered.current || (box.current?.contains(document.activeElement) ?? false);
      if (!held && Date.now() - refusal.at >= SHOWN_MS) dismiss();
    }, 500);
    return () => clearInterval(timer);
  }, [refusal]);

  if (!refusal) return null;
  return (
    <div
      ref={box}
      className="refusal-notice"
      data-testid="refusal-notice"
      onMouseEnter={() => (hovered.current = true)}
      onMouseLeave={() => (hovered.current = false)}
    >
      <p>{refusal.message}</p>
      <button type="button" className="link-button" onClick={dismiss}>Dismiss</button>
    </div>
  );
}
