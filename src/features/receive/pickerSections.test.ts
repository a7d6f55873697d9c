import { describe, expect, it } from 'vitest';
import { STARTER_PROCEDURES } from '../../domain/starterProcedures.ts';
import { pickerSections } from './pickerSections.ts';

const summary = (...args: Parameters<typeof pickerSections>) => pickerSections(...args).map((s) => [s.title, s.procedures.map((p) => p.id)]);

describe('pickerSections', () => {
  it('groups a new device by field, in catalogue order', () => {
    const sections = pickerSections(STARTER_PROCEDURES, [], [], '');
    expect(sections.map((s) => s.title)).toEqual(['Hộ tịch', 'Chứng thực', 'Bảo trợ xã hội']);
    expect(sections.flatMap((s) => s.procedures)).toEqual(STARTER_PROCEDURES);
    expect(sections.every((s) => !s.showField)).toBe(true);
  });

  it('shows favourites, then up to five frequent ones not starred, then the rest; each once', () => {
    const ranking = ['ket-hon', 'khai-sinh', 'chung-thuc-ban-sao', 'khai-tu', 'mai-tang-phi', 'tro-cap-xa-hoi', 'chung-thuc-chu-ky'];
    const sections = pickerSections(STARTER_PROCEDURES, ['khai-sinh', 'gone'], ranking, '');
    expect(sections.slice(0, 2).map((s) => [s.title, s.procedures.map((p) => p.id)])).toEqual([
      ['Yêu thích', ['khai-sinh']],
      ['Hay dùng', ['ket-hon', 'chung-thuc-ban-sao', 'khai-tu', 'mai-tang-phi', 'tro-cap-xa-hoi']],
    ]);
    const ids = sections.flatMap((s) => s.procedures.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(STARTER_PROCEDURES.length);
    expect(sections.find((s) => s.title === 'Chứng thực')?.procedures.map((p) => p.id)).toEqual(['chung-thuc-chu-ky', 'chung-thuc-hop-dong']);
  });

  it('shows only the matches while searching', () => {
    expect(summary(STARTER_PROCEDURES, ['khai-sinh'], ['ket-hon'], 'chung thuc')).toEqual([
      ['Kết quả tìm kiếm', ['chung-thuc-ban-sao', 'chung-thuc-chu-ky', 'chung-thuc-hop-dong']],
    ]);
    expect(summary(STARTER_PROCEDURES, [], [], 'không có')).toEqual([['Kết quả tìm kiếm', []]]);
  });
});
