import type { JSX } from 'solid-js';

/**
 * A translated message with elements in place of its `{name}` placeholders, for sentences that
 * hold markup: `withElements(t('Ngày hẹn trả: {day}'), { day: <strong>…</strong> })`.
 */
export function withElements(text: string, elements: Readonly<Record<string, JSX.Element>>): JSX.Element {
  return text.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && Object.hasOwn(elements, name) ? elements[name] : part;
  });
}
