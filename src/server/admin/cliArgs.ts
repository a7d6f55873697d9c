/** Bad command-line input, with its message in Vietnamese (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A command's words after its name: positional values and `--option value` pairs. */
export interface CliArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string>;
}

/**
 * Splits `args` into positionals and options (`--name value` or `--name=value`); refuses an
 * option not in `known`, one given twice, or one without a value.
 */
export function parseArgs(args: readonly string[], known: readonly string[]): CliArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
    if (!known.includes(name)) throw new UsageError(`Không có tùy chọn --${name} cho lệnh này.`);
    if (options.has(name)) throw new UsageError(`Tùy chọn --${name} chỉ được ghi một lần.`);
    const value = equals === -1 ? args[(i += 1)] : arg.slice(equals + 1);
    if (value === undefined || value === '' || (equals === -1 && value.startsWith('--'))) throw new UsageError(`Tùy chọn --${name} cần một giá trị.`);
    options.set(name, value);
  }
  return { positionals, options };
}

/** Exactly `names.length` positionals, named in the error message when some are missing or extra. */
export function expectPositionals(args: CliArgs, names: readonly string[], usage: string): string[] {
  if (args.positionals.length !== names.length) {
    const missing = names.slice(args.positionals.length);
    const problem = missing.length > 0 ? `Thiếu ${missing.join(', ')}.` : `Thừa giá trị "${args.positionals.slice(names.length).join(' ')}".`;
    throw new UsageError(`${problem} Cách dùng: npm run admin -- ${usage}`);
  }
  return [...args.positionals];
}

/** The value of a required option. */
export function requiredOption(args: CliArgs, name: string, usage: string): string {
  const value = args.options.get(name);
  if (value === undefined) throw new UsageError(`Thiếu --${name}. Cách dùng: npm run admin -- ${usage}`);
  return value;
}

/** The value of an optional option that must be one of `allowed`. */
export function choiceOption<T extends string>(args: CliArgs, name: string, allowed: readonly T[], fallback: T): T {
  const value = args.options.get(name);
  if (value === undefined) return fallback;
  const found = allowed.find((choice) => choice === value);
  if (found === undefined) throw new UsageError(`--${name} phải là một trong ${allowed.join(', ')} (đang là "${value}").`);
  return found;
}
