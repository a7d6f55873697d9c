import { describe, expect, it } from 'vitest';
import { STARTER_PROCEDURES } from '../../domain/starterProcedures.ts';
import { searchProcedures, searchWords } from './procedureSearch.ts';

const names = (query: string) => searchProcedures(STARTER_PROCEDURES, query).map((p) => p.name);

describe('searchProcedures', () => {
  it('ignores diacritics and case', () => {
    expect(names('chung thuc')).toEqual(['Chứng thực bản sao từ bản chính', 'Chứng thực chữ ký', 'Chứng thực hợp đồng, giao dịch']);
    expect(names('KHAI SINH')).toEqual(['Đăng ký khai sinh']);
    expect(names('đăng ký khai sinh')).toEqual(['Đăng ký khai sinh']);
  });

  it('needs every word, in any order', () => {
    expect(names('sao ban chung')).toEqual(['Chứng thực bản sao từ bản chính']);
    expect(names('khai sinh ket hon')).toEqual([]);
  });

  it('finds by field and national code, names matching on their own first', () => {
    expect(names('1.001193')).toEqual(['Đăng ký khai sinh']);
    const hoTich = names('ho tich');
    expect(hoTich.slice(0, 2)).toEqual(['Cấp bản sao trích lục hộ tịch', 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch']);
    expect(hoTich).toContain('Đăng ký khai sinh');
  });

  it('matches nothing for a blank query', () => {
    expect(searchWords('  ')).toEqual([]);
    expect(names('  ')).toEqual([]);
  });
});
