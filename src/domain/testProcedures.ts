import type { Procedure } from './procedure.ts';

/** Procedures with simple, fixed rules for tests across the domain (not a catalogue). */
export const TEST_PROCEDURES = {
  threeDays: { id: 'ba-ngay', name: 'Thủ tục 3 ngày', field: 'Hộ tịch', timeLimit: { unit: 'working_days', amount: 3 }, hasFee: true, paperResult: true, certifiedCopy: false },
  sameDayCutoff: { id: 'chung-thuc', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: true, paperResult: true, certifiedCopy: true },
  fourHours: { id: 'bon-gio', name: 'Thủ tục 4 giờ', field: 'Khác', timeLimit: { unit: 'hours', amount: 4 }, hasFee: false, paperResult: false, certifiedCopy: false },
} as const satisfies Record<string, Procedure>;
