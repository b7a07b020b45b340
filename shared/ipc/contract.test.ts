import { describe, expect, expectTypeOf, it } from 'vitest';
import { CHANNELS, DROPPED_FILE_CHANNELS, EVENTS, eventMethodName, isChannel, methodName, type Channel } from './channels';
import { contract, events, type ArgsOf, type CallArgsOf, type DroppedFile, type ResultOf, type StudioApi } from './contract';
import { fail, ok } from './envelope';
import { parseArgs, parseEnvelope, parsePayload, parseResult } from './validate';

const goodVersion = { name: 'Small Changes Studio', version: '0.1.0', electron: '45.4.1', chrome: '142.0.0.0', node: '22.20.0' };

describe('the IPC contract', () => {
  it('has exactly one entry per channel name and per event name', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(events).sort()).toEqual([...EVENTS].sort());
  });

  it('names events domain:verb and gives each an on… method that no channel uses', () => {
    for (const event of EVENTS) expect(event).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
    expect(eventMethodName('menu:action')).toBe('onMenuAction');
    expect(eventMethodName('file:opened')).toBe('onFileOpened');
    const all = [...CHANNELS.map(methodName), ...EVENTS.map(eventMethodName)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('lists only real channels as taking a dropped file', () => {
    for (const channel of DROPPED_FILE_CHANNELS) expect(isChannel(channel)).toBe(true);
  });

  it('names every channel domain:verb and gives each a distinct method name', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
    const methods = CHANNELS.map(methodName);
    expect(new Set(methods).size).toBe(CHANNELS.length);
    expect(methodName('app:version')).toBe('appVersion');
    expect(methodName('app:hostInfo')).toBe('appHostInfo');
  });

  it('recognises channel names and nothing else', () => {
    expect(isChannel('app:version')).toBe(true);
    expect(isChannel('app:nope')).toBe(false);
    expect(isChannel(42)).toBe(false);
  });

  it('types the API from the contract', () => {
    expectTypeOf<ArgsOf<'app:version'>>().toEqualTypeOf<[]>();
    expectTypeOf<ResultOf<'app:hostInfo'>>().toEqualTypeOf<{ url: string }>();
    expectTypeOf<ArgsOf<'file:openDropped'>>().toEqualTypeOf<[string]>();
    expectTypeOf<CallArgsOf<'file:openDropped'>>().toEqualTypeOf<[file: DroppedFile]>();
    expectTypeOf<StudioApi['appVersion']>().toBeFunction();
    expectTypeOf<StudioApi['onMenuAction']>().parameter(0).toBeFunction();
    expectTypeOf<'app:version' | 'app:hostInfo'>().toExtend<Channel>();
  });
});

describe('parseArgs', () => {
  it('accepts the right number of arguments', () => {
    expect(parseArgs('app:version', [])).toEqual(ok([]));
  });

  it('refuses extra arguments with a plain message', () => {
    expect(parseArgs('app:hostInfo', ['x'])).toEqual(fail('app:hostInfo takes no arguments but was given 1.'));
  });
});

describe('parseResult', () => {
  it('passes a result that matches the schema', () => {
    expect(parseResult('app:version', goodVersion)).toEqual(ok(goodVersion));
    expect(parseResult('app:version', { ...goodVersion, electron: null, node: null })).toMatchObject({ ok: true });
  });

  it('refuses a result missing a field, naming it', () => {
    const { version: _omitted, ...rest } = goodVersion;
    const reply = parseResult('app:version', rest);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/^Unexpected result from app:version: .*version/s);
  });

  it('refuses a host URL that is not http(s)', () => {
    expect(parseResult('app:hostInfo', { url: 'http://127.0.0.1:4321' })).toMatchObject({ ok: true });
    expect(parseResult('app:hostInfo', { url: 'javascript:alert(1)' }).ok).toBe(false);
    expect(parseResult('app:hostInfo', { url: 'not a url' }).ok).toBe(false);
  });
});

describe('parseEnvelope', () => {
  it('checks the data of a successful reply', () => {
    expect(parseEnvelope('app:hostInfo', { ok: true, data: { url: 'http://127.0.0.1:1' } })).toEqual(
      ok({ url: 'http://127.0.0.1:1' }),
    );
    expect(parseEnvelope('app:hostInfo', { ok: true, data: { url: 5 } }).ok).toBe(false);
  });

  it('passes an error reply through', () => {
    expect(parseEnvelope('app:hostInfo', { ok: false, error: 'The host is not running.' })).toEqual(
      fail('The host is not running.'),
    );
  });

  it('turns anything else into a clear error', () => {
    for (const junk of [undefined, null, 'ok', { ok: 'yes' }, { ok: false }]) {
      expect(parseEnvelope('app:version', junk)).toEqual(fail('Malformed reply from app:version.'));
    }
  });
});

describe('the file and settings channels', () => {
  const id = 'workshop:abc123';

  it('take a workshop id and the file bytes to save, and nothing else', () => {
    expect(parseArgs('file:save', [id, new Uint8Array([1, 2])]).ok).toBe(true);
    expect(parseArgs('file:save', ['../../etc/passwd', new Uint8Array([1])]).ok).toBe(false);
    expect(parseArgs('file:save', [id, 'bytes']).ok).toBe(false);
    expect(parseArgs('file:saveAs', [id]).ok).toBe(false);
  });

  it('take a path for a dropped file, never an empty one', () => {
    expect(parseArgs('file:openDropped', ['/home/sam/w.smallchanges']).ok).toBe(true);
    expect(parseArgs('file:openDropped', ['']).ok).toBe(false);
    expect(parseArgs('file:openDropped', [{ path: '/x' }]).ok).toBe(false);
  });

  it('check each preference that is changed', () => {
    expect(parseArgs('settings:set', [{ retentionDays: 30 }]).ok).toBe(true);
    expect(parseArgs('settings:set', [{ retentionDays: 0 }]).ok).toBe(false);
    expect(parseArgs('settings:set', [{ defaultRole: 'boss' }]).ok).toBe(false);
    expect(parseArgs('settings:set', [{ colour: 'red' }]).ok).toBe(false);
  });

  it('describe an opened file or a cancel', () => {
    const opened = { status: 'opened', workshopId: id, title: 'T', fileName: 'T.smallchanges', readOnly: false, copy: false };
    expect(parseResult('file:open', opened)).toEqual(ok(opened));
    expect(parseResult('file:open', { status: 'canceled' }).ok).toBe(true);
    expect(parseResult('file:open', { status: 'maybe' }).ok).toBe(false);
  });
});

describe('parsePayload', () => {
  it('accepts a known menu action and refuses anything else', () => {
    expect(parsePayload('menu:action', { action: 'file.save' })).toEqual(ok({ action: 'file.save' }));
    expect(parsePayload('menu:action', { action: 'rm -rf' }).ok).toBe(false);
    expect(parsePayload('app:notice', { message: '' }).ok).toBe(false);
  });
});
