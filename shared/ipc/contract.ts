import { z } from 'zod';
import { WORKSHOP_ID_PATTERN } from '../file/workshop-id';
import type { Channel, DroppedFileChannel, EventChannel, EventMethodName, MethodName } from './channels';
import type { Envelope } from './envelope';
import { MENU_ACTIONS } from './menu-actions';
import { preferencesPatchSchema, preferencesSchema } from './preferences';

// One entry per channel in channels.ts: the arguments (a tuple, one schema per
// positional argument) and the result; one entry per event: its payload. To
// add a channel, add its name to CHANNELS and its entry here; main must then
// register a handler for it (the compiler says so) and the preload exposes it
// by itself.

export interface ChannelSpec {
  readonly summary: string;
  readonly args: z.ZodTuple;
  readonly result: z.ZodType;
}

export interface EventSpec {
  readonly summary: string;
  readonly payload: z.ZodType;
}

/** Largest workshop file either side accepts (a 5,000-note workshop is a few MB). */
export const MAX_WORKSHOP_FILE_BYTES = 256 * 1024 * 1024;

export const appVersionResult = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  /** null outside Electron (the app served to a browser) */
  electron: z.string().min(1).nullable(),
  chrome: z.string().min(1).nullable(),
  node: z.string().min(1).nullable(),
});

export const hostInfoResult = z.object({
  /** Base http URL of the workshop host, e.g. http://127.0.0.1:41234 */
  url: z.url({ protocol: /^https?$/ }),
});

export const workshopIdSchema = z.string().regex(WORKSHOP_ID_PATTERN, 'not a workshop id');

export const workshopFileBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected the workshop file’s bytes')
  .refine((bytes) => bytes.byteLength <= MAX_WORKSHOP_FILE_BYTES, 'The workshop file is too large.');

/** A workshop opened from a file, and how. */
export const openedWorkshop = z.object({
  status: z.literal('opened'),
  workshopId: workshopIdSchema,
  title: z.string(),
  /** The file's name, for messages ("Saved to …"). */
  fileName: z.string(),
  /** Saving writes back to this file only when it is neither read-only nor a copy. */
  readOnly: z.boolean(),
  /** Opened as a separate workshop with a new id. */
  copy: z.boolean(),
});

const canceled = z.object({ status: z.literal('canceled') });

export const openOutcome = z.discriminatedUnion('status', [openedWorkshop, canceled]);

export const saveOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string(), savedAt: z.number() }),
  canceled,
]);

export const workshopSummary = z.object({
  id: workshopIdSchema,
  title: z.string(),
  localAuthority: z.string(),
  updatedAt: z.number(),
});

const workshopIds = z.array(workshopIdSchema).max(10_000);

/** The exports the page builds itself and asks main to save (a PDF main makes itself). */
export const EXPORT_KINDS = ['docx', 'csv', 'md', 'pdf'] as const;
/** A file name the page suggests: no folders, no characters Windows refuses. */
export const exportFileName = z.string().min(1).max(200).regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'not a plain file name');
export const exportBytes = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_WORKSHOP_FILE_BYTES, 'The export is too large.');
export const exportOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  canceled,
]);

/** room:open — a new room (name and secret made up) or, to take one over, the room's own name and secret. */
export const roomOpenRequest = z.strictObject({
  workshopId: z.string().regex(/^workshop:[A-Za-z0-9_-]{1,64}$/),
  roomName: z.string().min(1).max(40).optional(),
  secret: z.string().min(8).max(200).optional(),
});
export const roomOpenResult = z.object({
  roomName: z.string().min(1),
  secret: z.string().min(8),
  /** http://<this laptop's network address>:<port>: where the room's signaling and relay listen. */
  hostUrl: z.url({ protocol: /^https?$/ }),
  joinUrl: z.url({ protocol: /^https?$/ }),
});

/** room:discover — rooms hosts on this network announce (mDNS): code and address, never a secret. */
export const discoveredRooms = z.array(z.strictObject({
  roomName: z.string().regex(/^[A-Z0-9](?:[A-Z0-9-]{0,30}[A-Z0-9])?$/),
  hostUrl: z.url({ protocol: /^http$/ }),
})).max(100);

export const contract = {
  'app:version': {
    summary: 'Names and versions of the app and the runtime under it.',
    args: z.tuple([]),
    result: appVersionResult,
  },
  'app:hostInfo': {
    summary: 'Where the workshop host that serves and syncs this app listens.',
    args: z.tuple([]),
    result: hostInfoResult,
  },
  'file:open': {
    summary: 'Asks for a .smallchanges file and opens it (same workshop id unless the person chooses a copy).',
    args: z.tuple([]),
    result: openOutcome,
  },
  'file:openDropped': {
    summary: 'Opens a .smallchanges file dropped on the window (main receives its path and checks it).',
    args: z.tuple([z.string().min(1).max(4096)]),
    result: openOutcome,
  },
  'file:import': {
    summary: 'Asks for a .smallchanges file and opens it as a new workshop, kept apart from any copy here.',
    args: z.tuple([]),
    result: openOutcome,
  },
  'file:save': {
    summary: 'Saves the workshop file the page encoded to the file it came from (asks where when there is none).',
    args: z.tuple([workshopIdSchema, workshopFileBytes]),
    result: saveOutcome,
  },
  'file:saveAs': {
    summary: 'Asks where, then saves the workshop file the page encoded.',
    args: z.tuple([workshopIdSchema, workshopFileBytes]),
    result: saveOutcome,
  },
  'workshop:active': {
    summary: 'The workshop the window now shows (null: none), so Save knows its file and a restart reopens it.',
    args: z.tuple([workshopIdSchema.nullable()]),
    result: z.null(),
  },
  'workshop:resume': {
    summary: 'The workshop that was open when the app last stopped (even by a crash), if it still exists.',
    args: z.tuple([]),
    result: z.object({ workshopId: workshopIdSchema.nullable() }),
  },
  'settings:get': {
    summary: 'The preferences, and a notice when a damaged settings file was set aside.',
    args: z.tuple([]),
    result: z.object({ preferences: preferencesSchema, notice: z.string().nullable() }),
  },
  'settings:set': {
    summary: 'Changes some preferences; returns them all.',
    args: z.tuple([preferencesPatchSchema]),
    result: preferencesSchema,
  },
  'retention:list': {
    summary: 'Workshops not changed for longer than the retention period (and not kept), to offer for deletion.',
    args: z.tuple([]),
    result: z.object({ days: z.number().int(), workshops: z.array(workshopSummary) }),
  },
  'retention:delete': {
    summary: 'Deletes these workshops from this computer.',
    args: z.tuple([workshopIds]),
    result: z.object({
      deleted: z.array(workshopIdSchema),
      failed: z.array(z.object({ id: workshopIdSchema, error: z.string() })),
    }),
  },
  'retention:keep': {
    summary: 'Keeps these workshops: not offered for deletion again for another retention period.',
    args: z.tuple([workshopIds]),
    result: z.null(),
  },
  'export:save': {
    summary: 'Asks where, then saves an export (Word, CSV or Markdown) the page built.',
    args: z.tuple([z.enum(EXPORT_KINDS), exportFileName, exportBytes]),
    result: exportOutcome,
  },
  'export:pdf': {
    summary: 'Prints the workshop\'s print view to a PDF in a hidden window, then asks where to save it.',
    args: z.tuple([workshopIdSchema, exportFileName]),
    result: exportOutcome,
  },
  'room:open': {
    summary: 'Opens (or takes over) a room for a workshop on this laptop\'s network address; returns its code, secret and join link.',
    args: z.tuple([roomOpenRequest]),
    result: roomOpenResult,
  },
  'room:discover': {
    summary: 'Listens a moment for rooms announced on this network and lists them (code and host address).',
    args: z.tuple([]),
    result: discoveredRooms,
  },
} as const satisfies { readonly [C in Channel]: ChannelSpec };

export const events = {
  'menu:action': {
    summary: 'A menu item was chosen: run this action.',
    payload: z.object({ action: z.enum(MENU_ACTIONS) }),
  },
  'file:opened': {
    summary: 'Main opened a workshop file by itself (double-click, Open Recent, a second launch): show it.',
    payload: openedWorkshop,
  },
  'app:notice': {
    summary: 'Something main did on its own failed or needs saying; show the message.',
    payload: z.object({ message: z.string().min(1).max(2000) }),
  },
} as const satisfies { readonly [E in EventChannel]: EventSpec };

export type Contract = typeof contract;
export type Events = typeof events;

/** What a caller passes, as a tuple. */
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;

/** What main's handler receives once the arguments are validated. */
export type HandlerArgsOf<C extends Channel> = z.output<Contract[C]['args']>;

/** What a channel resolves to when it succeeds. */
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;

export type PayloadOf<E extends EventChannel> = z.output<Events[E]['payload']>;

export type AppVersion = ResultOf<'app:version'>;
export type HostInfo = ResultOf<'app:hostInfo'>;
export type RoomOpenRequest = z.input<typeof roomOpenRequest>;
export type RoomOpenResult = ResultOf<'room:open'>;
export type DiscoveredRooms = ResultOf<'room:discover'>;
export type OpenOutcome = z.output<typeof openOutcome>;
export type OpenedWorkshop = z.output<typeof openedWorkshop>;
export type SaveOutcome = z.output<typeof saveOutcome>;
export type WorkshopSummary = z.output<typeof workshopSummary>;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportOutcome = z.output<typeof exportOutcome>;
export type { MenuActionId } from './menu-actions';
export type { Preferences, PreferencesPatch } from './preferences';

/** A File dropped on the page, as far as this contract cares (the DOM type lives in the renderer). */
export interface DroppedFile {
  readonly name: string;
}

/** What the page passes: a dropped-file channel takes the File, the rest their arguments. */
export type CallArgsOf<C extends Channel> = C extends DroppedFileChannel ? [file: DroppedFile] : ArgsOf<C>;

export type Unsubscribe = () => void;

/** The API the preload exposes as `window.studio`: one function per channel and per event. */
export type StudioApi = {
  readonly [C in Channel as MethodName<C>]: (...args: CallArgsOf<C>) => Promise<Envelope<ResultOf<C>>>;
} & {
  readonly [E in EventChannel as EventMethodName<E>]: (listener: (payload: PayloadOf<E>) => void) => Unsubscribe;
};
