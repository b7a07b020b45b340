import { describe, expect, it } from 'vitest';
import { readJoinLink } from './join-link';

describe('readJoinLink', () => {
  it('reads the host, room and secret of a pasted join link', () => {
    expect(readJoinLink('http://192.168.1.20:5170/#/join?room=K7MQ3X&secret=ab%2Fcd')).toEqual({
      room: 'K7MQ3X', secret: 'ab/cd', hostUrl: 'http://192.168.1.20:5170',
    });
  });

  it('takes a fragment alone, without a host', () => {
    expect(readJoinLink('#/join?room=K7MQ3X&secret=s3cretsecret')).toEqual({ room: 'K7MQ3X', secret: 's3cretsecret', hostUrl: null });
  });

  it('is null for a typed room code or a link missing its parts', () => {
    expect(readJoinLink('K7MQ3X')).toBeNull();
    expect(readJoinLink('http://h/#/join?room=K7MQ3X')).toBeNull();
  });
});
