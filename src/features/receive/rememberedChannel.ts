import * as v from 'valibot';
import { ChannelSchema, type Channel } from '../../domain/channel.ts';

const KEY = 'so-mot-cua:last-channel';

/** The channel the officer used last (most desks receive mostly one way), or in person. */
export function loadRememberedChannel(): Channel {
  const parsed = v.safeParse(ChannelSchema, globalThis.localStorage?.getItem(KEY));
  return parsed.success ? parsed.output : 'in_person';
}

/** Remembers the channel for the next dossier. */
export function rememberChannel(channel: Channel): void {
  try {
    globalThis.localStorage?.setItem(KEY, channel);
  } catch {
    // Private mode or a full quota: remembering is a convenience, never worth an error.
  }
}
