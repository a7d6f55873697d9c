import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHANNEL_LABELS } from '../../domain/channel.ts';
import { DOSSIER_ACTION_LABELS } from '../../domain/dossierHistory.ts';
import { MODEL_766 } from '../../domain/index766/model766.ts';
import { INDICATOR_DEFINITIONS } from '../../domain/indicators/indicatorDefinitions.ts';
import { PERIOD_RULE_LABELS } from '../../domain/periods/periodRule.ts';
import { SATISFACTION_LABELS } from '../../domain/satisfaction.ts';
import { EN } from './en.ts';
import { contextKey } from './messageKey.ts';

/**
 * The guard that keeps the English interface whole: every message given to t() / tc() has an
 * EN entry, no Vietnamese text in the UI's sources escapes t(), and every Vietnamese label or
 * static message the UI takes from src/domain (and the few from src/data and src/sync) has
 * an entry too. Comments are not looked at: the TypeScript parser skips them.
 */

const SRC = fileURLToPath(new URL('../../', import.meta.url));
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const UI_FOLDERS = ['features', 'app', 'ui'];
const DICTIONARY = path.join('ui', 'i18n', 'en.ts');
const DICTIONARY_PARTS = path.join('ui', 'i18n', 'en') + path.sep;

/** Every .ts/.tsx file under src, test files left out, as paths relative to src. */
function sourceFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(SRC, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) found.push(relative);
    }
  };
  walk('');
  return found.sort();
}

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, readFileSync(path.join(SRC, file), 'utf-8'), ts.ScriptTarget.ES2022, true, kind);
}

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  node.forEachChild((child) => visit(child, each));
}

function where(source: ts.SourceFile, node: ts.Node): string {
  return `${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
}

function literalText(node: ts.Node | undefined): string | null {
  return node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;
}

/** The position of the message among a call's arguments: 0 for t(message), 1 for tc(context, message). */
function messageIndex(call: ts.CallExpression): number | null {
  if (!ts.isIdentifier(call.expression)) return null;
  return call.expression.text === 't' ? 0 : call.expression.text === 'tc' ? 1 : null;
}

/** True when `node` is the message argument of a t() or tc() call. */
function isMessage(node: ts.Node): boolean {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call)) return false;
  const index = messageIndex(call);
  return index !== null && call.arguments[index] === node;
}

interface Message {
  readonly at: string;
  readonly text: string;
  readonly context: string | null;
}

const files = sourceFiles();
const parsed = new Map(files.map((file) => [file, parse(file)] as const));

/** Every literal message given to t() or tc() in src. */
function messages(): Message[] {
  const found: Message[] = [];
  for (const source of parsed.values()) {
    visit(source, (node) => {
      if (!ts.isCallExpression(node)) return;
      const index = messageIndex(node);
      if (index === null) return;
      const text = literalText(node.arguments[index]);
      if (text === null) return;
      const context = index === 1 ? literalText(node.arguments[0]) : null;
      found.push({ at: where(source, node), text, context });
    });
  }
  return found;
}

/** Vietnamese text in the UI's sources that is not the message of a t() / tc() call. */
function untranslated(): string[] {
  const found: string[] = [];
  for (const [file, source] of parsed) {
    if (!UI_FOLDERS.some((folder) => file.startsWith(`${folder}${path.sep}`)) || file === DICTIONARY || file.startsWith(DICTIONARY_PARTS)) continue;
    visit(source, (node) => {
      let texts: string[] = [];
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts = isMessage(node) ? [] : [node.text];
      else if (ts.isTemplateExpression(node)) texts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      else if (ts.isJsxText(node)) texts = [node.text];
      for (const text of texts) if (VIETNAMESE.test(text)) found.push(`${where(source, node)}: ${text.trim()}`);
    });
  }
  return found;
}

/** Static Vietnamese messages the UI may show from below it: errors thrown and valibot messages. */
function lowerLayerMessages(): Message[] {
  const found: Message[] = [];
  for (const [file, source] of parsed) {
    if (!['domain', 'data', 'sync'].some((folder) => file.startsWith(`${folder}${path.sep}`))) continue;
    visit(source, (node) => {
      const isError = ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text.endsWith('Error');
      const isValibot = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'v';
      if (!isError && !isValibot) return;
      for (const argument of (node as ts.CallExpression | ts.NewExpression).arguments ?? []) {
        const text = literalText(argument);
        if (text !== null && VIETNAMESE.test(text)) found.push({ at: where(source, argument), text, context: null });
      }
    });
  }
  return found;
}

function hasEntry(text: string, context: string | null = null): boolean {
  return (context !== null && Object.hasOwn(EN, contextKey(context, text))) || Object.hasOwn(EN, text);
}

describe('English translations', () => {
  it('finds the sources it guards', () => {
    expect(files).toContain(path.join('app', 'App.tsx'));
    expect(messages().length).toBeGreaterThan(300);
  });

  it('has an EN entry for every message given to t() and tc()', () => {
    const missing = messages().filter((m) => !hasEntry(m.text, m.context));
    expect(missing.map((m) => `${m.at}: ${m.context === null ? '' : `[${m.context}] `}${m.text}`)).toEqual([]);
  });

  it('finds no Vietnamese text in src/features, src/app or src/ui outside t()', () => {
    expect(untranslated()).toEqual([]);
  });

  it('translates every label the UI takes from src/domain', () => {
    const labels = [
      ...Object.values(CHANNEL_LABELS),
      ...Object.values(SATISFACTION_LABELS),
      ...Object.values(PERIOD_RULE_LABELS),
      ...INDICATOR_DEFINITIONS.flatMap((d) => [d.label, d.numerator, d.denominator]),
      ...MODEL_766.flatMap((group) => [group.label, ...group.parts.map((part) => part.label)]),
    ];
    expect(labels.filter((label) => !hasEntry(label))).toEqual([]);
    expect(Object.values(DOSSIER_ACTION_LABELS).filter((label) => !hasEntry(label, 'history'))).toEqual([]);
  });

  it('translates the static messages of domain errors and schemas (messages built around values stay Vietnamese)', () => {
    const missing = lowerLayerMessages().filter((m) => !hasEntry(m.text));
    expect(missing.map((m) => `${m.at}: ${m.text}`)).toEqual([]);
  });

  it('writes no entry that is empty or the Vietnamese copied, except the names kept on purpose', () => {
    const kept = new Set(['Sổ Một Cửa', 'Tiếng Việt']);
    const wrong = Object.entries(EN).filter(([key, english]) => english.trim() === '' || (english === key && !kept.has(key)));
    expect(wrong).toEqual([]);
  });

  it('keeps the placeholders of each message in its English', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const wrong = Object.entries(EN).flatMap(([key, english]) => {
      const vietnamese = key.slice(key.indexOf('\u0004') + 1);
      return english.split('|').filter((form) => JSON.stringify(names(form)) !== JSON.stringify(names(vietnamese))).map((form) => `${vietnamese} → ${form}`);
    });
    expect(wrong).toEqual([]);
  });
});
