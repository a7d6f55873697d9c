import * as v from 'valibot';

/** At most this many issues are spelled out in one reason; the rest are counted. */
const MAX_LISTED_ISSUES = 5;
const MAX_RECEIVED_CHARS = 60;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'chuỗi',
  number: 'số',
  boolean: 'true hoặc false',
  Object: 'đối tượng',
  Array: 'mảng',
};

/**
 * Vietnamese wording for valibot issues that carry no message of their own (the schemas'
 * own messages, already Vietnamese, take precedence). Pass it as `{ message }` to `safeParse`.
 */
export function vietnameseIssueMessage(issue: v.BaseIssue<unknown>): string {
  const received = clip(issue.received);
  const unit = Array.isArray(issue.input) ? 'phần tử' : 'ký tự';
  const requirement = typeof issue.requirement === 'number' ? String(issue.requirement) : '';
  if (issue.kind === 'schema') {
    if (issue.received === 'undefined') return 'thiếu trường bắt buộc';
    if (issue.type === 'literal') return `phải bằng ${issue.expected ?? ''}, nhận ${received}`;
    if (issue.type === 'picklist') return `phải là một trong ${issue.expected ?? ''}, nhận ${received}`;
    return `sai kiểu dữ liệu: cần ${typeName(issue.expected)}, nhận ${received}`;
  }
  switch (issue.type) {
    case 'integer':
      return `phải là số nguyên, nhận ${received}`;
    case 'min_value':
      return `phải từ ${requirement} trở lên, nhận ${received}`;
    case 'max_value':
      return `không được lớn hơn ${requirement}, nhận ${received}`;
    case 'min_length':
      return `phải có ít nhất ${requirement} ${unit}`;
    case 'max_length':
      return `không được quá ${requirement} ${unit}`;
    case 'regex':
      return `sai định dạng, nhận ${received}`;
    case 'iso_timestamp':
      return `phải là thời điểm ISO 8601, nhận ${received}`;
    default:
      return `không hợp lệ, nhận ${received}`;
  }
}

/** Parse options that word valibot's built-in messages in Vietnamese. */
export const VIETNAMESE_MESSAGES = { message: vietnameseIssueMessage } as const;

/**
 * One line naming each failing field and what is wrong with it, e.g.
 * `payload.procedure.name: phải có ít nhất 1 ký tự`. `prefix` is put before every path.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): string {
  const parts = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const path = v.getDotPath(issue);
    const where = path === null || path === '' ? prefix.replace(/\.$/, '') : `${prefix}${path}`;
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
  const more = issues.length - MAX_LISTED_ISSUES;
  if (more > 0) parts.push(`và ${more} lỗi khác`);
  return parts.join('; ');
}

function typeName(expected: string | null): string {
  if (expected === null) return 'kiểu khác';
  return TYPE_NAMES[expected] ?? expected;
}

function clip(text: string): string {
  return text.length > MAX_RECEIVED_CHARS ? `${text.slice(0, MAX_RECEIVED_CHARS)}…` : text;
}
