/** A short, quiet two-note chime: the timer's optional end sound (never a pop-up). */
export function playSoftChime(): void {
  const AudioContextClass = globalThis.AudioContext;
  if (!AudioContextClass) return;
  try {
    const context = new AudioContextClass();
    const gain = context.createGain();
    gain.gain.setValueAtTime(0.0001, context.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.08, context.currentTime + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + 1.2);
    gain.connect(context.destination);
    [523.25, 659.25].forEach((frequency, i) => {
      const tone = context.createOscillator();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(context.currentTime + i * 0.25);
      tone.stop(context.currentTime + 1.2);
    });
    setTimeout(() => void context.close(), 1500);
  } catch {
    // No sound device: the visual signal and the announcement still happen.
  }
}
