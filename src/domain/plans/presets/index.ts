import type { Plan } from '../planSchema.ts';
import { plan000CamThinhTay2024 } from './plan000CamThinhTay2024.ts';
import { plan001TanTrung2024 } from './plan001TanTrung2024.ts';
import { plan002QuangTri2024 } from './plan002QuangTri2024.ts';
import { plan003PhuocMy2024 } from './plan003PhuocMy2024.ts';
import { plan004ThongNhat2025 } from './plan004ThongNhat2025.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The five seed plans, 000 to 004, frozen: edit a copy (copyPreset), never a preset. */
export const PLAN_PRESETS: readonly Plan[] = deepFreeze([
  plan000CamThinhTay2024,
  plan001TanTrung2024,
  plan002QuangTri2024,
  plan003PhuocMy2024,
  plan004ThongNhat2025,
]);

/** The preset with this id, or undefined. */
export function findPreset(id: string): Plan | undefined {
  return PLAN_PRESETS.find((preset) => preset.id === id);
}
