// A HandsLaptop in its own Node process, driven over IPC (built with
// buildForNode). Each message { id, cmd, args } calls that method of the
// laptop; the reply is { id, ok, result } or { id, ok: false, error }.
import { HandsLaptop } from './hands-laptop';

const laptop = new HandsLaptop();
const commands: Record<string, (...args: never[]) => unknown> = {
  join: (start: Parameters<HandsLaptop['join']>[0]) => laptop.join(start),
  presence: (state: Parameters<HandsLaptop['presence']>[0]) => laptop.presence(state),
  hand: (id: string, hand: Parameters<HandsLaptop['hand']>[1]) => laptop.hand(id, hand),
  caret: (user: Parameters<HandsLaptop['caret']>[0]) => laptop.caret(user),
  leave: () => laptop.leave(),
  view: () => laptop.view(),
  stop: () => {
    laptop.destroy();
    setTimeout(() => process.exit(0), 50);
  },
};

process.on('message', (message: { id: number; cmd: string; args: never[] }) => {
  const command = commands[message.cmd];
  Promise.resolve()
    .then(() => {
      if (command === undefined) throw new Error(`Unknown command ${message.cmd}`);
      return command(...message.args);
    })
    .then(
      (result) => process.send?.({ id: message.id, ok: true, result: result ?? null }),
      (error: unknown) => process.send?.({ id: message.id, ok: false, error: String(error) }),
    );
});
process.send?.({ ready: true });
