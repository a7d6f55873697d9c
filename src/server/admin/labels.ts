import type { Role } from '../../sync/protocol.ts';
import type { UnitKind } from '../store/accessStore.ts';

/** How the CLI names a unit kind. */
export const KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  commune: 'xã',
  ward: 'phường',
  district: 'huyện',
  office: 'cơ quan',
};

/** How the CLI names a role. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  officer: 'cán bộ ghi sổ',
  supervisor: 'giám sát, chỉ xem',
};
