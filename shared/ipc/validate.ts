import { z } from 'zod';
import type { Channel, EventChannel } from './channels';
import { contract, events, type ArgsOf, type PayloadOf, type ResultOf } from './contract';
import { fail, ok, type Envelope } from './envelope';

// Both ends check what crosses the bridge against the contract: main checks
// arguments from the renderer, and results before sending them back; the
// renderer's client checks the envelope it receives.

export function parseArgs<C extends Channel>(channel: C, args: readonly unknown[]): Envelope<ArgsOf<C>> {
  const { items, rest } = contract[channel].args.def;
  if (rest === null && args.length > items.length) {
    const takes = items.length === 0 ? 'no arguments' : `${items.length} argument${items.length === 1 ? '' : 's'}`;
    return fail(`${channel} takes ${takes} but was given ${args.length}.`);
  }
  const parsed = contract[channel].args.safeParse(args);
  if (parsed.success) return ok(parsed.data as ArgsOf<C>);
  return fail(`Invalid arguments for ${channel}: ${z.prettifyError(parsed.error)}`);
}

export function parseResult<C extends Channel>(channel: C, data: unknown): Envelope<ResultOf<C>> {
  const parsed = contract[channel].result.safeParse(data);
  if (parsed.success) return ok(parsed.data as ResultOf<C>);
  return fail(`Unexpected result from ${channel}: ${z.prettifyError(parsed.error)}`);
}

const envelopeShape = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** Checks a whole envelope as received over IPC, including its data. */
export function parseEnvelope<C extends Channel>(channel: C, value: unknown): Envelope<ResultOf<C>> {
  const shape = envelopeShape.safeParse(value);
  if (!shape.success) return fail(`Malformed reply from ${channel}.`);
  if (!shape.data.ok) return fail(shape.data.error);
  return parseResult(channel, shape.data.data);
}

/** Checks an event's payload (main before sending, the page on receipt). */
export function parsePayload<E extends EventChannel>(event: E, payload: unknown): Envelope<PayloadOf<E>> {
  const parsed = events[event].payload.safeParse(payload);
  if (parsed.success) return ok(parsed.data as PayloadOf<E>);
  return fail(`Unexpected ${event} message: ${z.prettifyError(parsed.error)}`);
}
