import { englishDictionary } from './dictionary.ts';
import { intlLocale, locale } from './locale.ts';
import { contextKey } from './messageKey.ts';

/** Values for a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

const counts = new Map<string, Intl.NumberFormat>();

function formatCountParam(n: number): string {
  const tag = intlLocale();
  let format = counts.get(tag);
  if (!format) counts.set(tag, (format = new Intl.NumberFormat(tag)));
  return format.format(n);
}

/** The English plural form: an entry "one|other" picks "one" for a `count` of exactly 1. */
function pluralForm(text: string, params: MessageParams | undefined): string {
  const count = params?.['count'];
  const bar = text.indexOf('|');
  if (bar < 0 || typeof count !== 'number') return text;
  return count === 1 ? text.slice(0, bar) : text.slice(bar + 1);
}

/**
 * A message in the interface language, gettext-style: keyed by its Vietnamese text, which is
 * also what Vietnamese shows; English comes from EN (the Vietnamese text when it has no entry,
 * or while the dictionary is still loading).
 * `{name}` placeholders are filled from `params`; a numeric `count` is shown with the
 * language's digit grouping and picks the English plural. Reactive: it reads `locale()`.
 */
export function t(vietnamese: string, params?: MessageParams): string {
  return translated(vietnamese, params, undefined);
}

/**
 * `t` for a Vietnamese text that reads differently in English depending on where it stands
 * (gettext's pgettext): the EN entry under `contextKey(context, vietnamese)` is used first.
 */
export function tc(context: string, vietnamese: string, params?: MessageParams): string {
  return translated(vietnamese, params, context);
}

function english(vietnamese: string, context: string | undefined): string | undefined {
  if (locale() !== 'en') return undefined;
  const dictionary = englishDictionary();
  if (dictionary === null) return undefined;
  const key = context === undefined ? vietnamese : contextKey(context, vietnamese);
  if (Object.hasOwn(dictionary, key)) return dictionary[key];
  return context !== undefined && Object.hasOwn(dictionary, vietnamese) ? dictionary[vietnamese] : undefined;
}

function translated(vietnamese: string, params: MessageParams | undefined, context: string | undefined): string {
  const found = english(vietnamese, context);
  const text = found === undefined ? vietnamese : pluralForm(found, params);
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    if (value === undefined) return whole;
    return name === 'count' && typeof value === 'number' ? formatCountParam(value) : String(value);
  });
}
