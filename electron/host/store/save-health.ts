import { StoreError } from './store-error';

/** Why the host cannot save now, or null once it can again. */
export type SaveStatusListener = (problem: StoreError | null) => void;

export const DEFAULT_RETRY_SAVE_MS = 5_000;

/**
 * Whether a store's background saving works, shared by the workshop store and
 * the room's relay log. The first failure is reported once (not on every
 * refused write); then `retry` runs every `retryMs` until it succeeds — a
 * full disk is often freed while the session goes on — and listeners hear
 * that saving works again.
 */
export class SaveHealth {
  private failure_: StoreError | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private readonly listeners = new Set<SaveStatusListener>();

  constructor(
    private readonly options: {
      /** Saves everything again; resolves true when the store is healthy afterwards. */
      retry: () => Promise<boolean>;
      retryMs?: number;
      /** The failure as a StoreError (adds what could not be saved). */
      describe: (error: Error) => StoreError;
      onError?: (error: StoreError) => void;
    },
  ) {}

  get failure(): StoreError | null {
    return this.failure_;
  }

  watch(listener: SaveStatusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  report(error: unknown): void {
    const failure = error instanceof StoreError ? error : this.options.describe(error as Error);
    if (this.failure_ === failure) return;
    this.failure_ = failure;
    this.options.onError?.(failure);
    for (const listener of this.listeners) listener(failure);
    this.scheduleRetry();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private scheduleRetry(): void {
    if (this.timer !== null || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.options.retry().then(
        (healthy) => {
          if (this.stopped) return;
          if (!healthy) return this.scheduleRetry();
          this.failure_ = null;
          for (const listener of this.listeners) listener(null);
        },
        () => this.scheduleRetry(),
      );
    }, this.options.retryMs ?? DEFAULT_RETRY_SAVE_MS);
    this.timer.unref?.();
  }
}
