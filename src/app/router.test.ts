import { describe, expect, it } from 'vitest';
import { pathOf, routeOf } from './router.ts';

describe('router paths', () => {
  it('round-trips every route', () => {
    for (const route of [{ name: 'today' }, { name: 'receive' }, { name: 'register' }, { name: 'indicators' }, { name: 'settings' }, { name: 'sync' }, { name: 'reports' }, { name: 'supervisor' }, { name: 'dossier', id: '01a2-x' }] as const) {
      expect(routeOf(pathOf(route))).toEqual(route);
    }
  });
  it('reads the enrollment code of the QR link on "Cài đặt" only', () => {
    expect(pathOf({ name: 'settings', enrollCode: 'ABCD-EFGH-JK' })).toBe('/cai-dat?ma=ABCD-EFGH-JK');
    expect(routeOf('/cai-dat', '?ma=ABCD-EFGH-JK')).toEqual({ name: 'settings', enrollCode: 'ABCD-EFGH-JK' });
    expect(routeOf('/cai-dat', '?ma=')).toEqual({ name: 'settings' });
    expect(routeOf('/dong-bo', '?ma=X')).toEqual({ name: 'sync' });
  });
  it('opens "Hôm nay" for an unknown path', () => {
    expect(routeOf('/khong-co')).toEqual({ name: 'today' });
  });
});
