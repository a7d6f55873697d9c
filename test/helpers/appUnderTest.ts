import type { Hono } from 'hono';
import { afterEach, beforeEach } from 'vitest';
import { createApp, type AppOptions } from '../../src/server/app.ts';
import type { StoreKind, StoresUnderTest } from './storesUnderTest.ts';

/** The app over a fresh database of one kind, made anew before each test. */
export interface AppUnderTest {
  readonly app: Hono;
  readonly db: StoresUnderTest;
}

/**
 * Registers hooks that open a fresh database of `kind` before each test and build the app on
 * it (with `options`), and remove it after; the returned getter reads the current one.
 */
export function appPerTest(kind: StoreKind, options: Partial<Omit<AppOptions, 'store' | 'access'>> = {}): () => AppUnderTest {
  let current: AppUnderTest | undefined;
  beforeEach(async () => {
    const db = await kind.open();
    current = { db, app: createApp({ ...options, store: db.stores.sync, access: db.stores.access }) };
  });
  afterEach(async () => {
    await current?.db.remove();
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error('no app outside a test');
    return current;
  };
}
