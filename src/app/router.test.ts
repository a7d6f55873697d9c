import { describe, expect, it } from 'vitest';
import { pathOf, routeOf } from './router.ts';

describe('router paths', () => {
  it('round-trips every route', () => {
    for (const route of [{ name: 'today' }, { name: 'receive' }, { name: 'register' }, { name: 'indicators' }, { name: 'settings' }, { name: 'dossier', id: '01a2-x' }] as const) {
      expect(routeOf(pathOf(route))).toEqual(route);
    }
  });
  it('opens "Hôm nay" for an unknown path', () => {
    expect(routeOf('/khong-co')).toEqual({ name: 'today' });
  });
});
