/**
 * Reporters: pure functions from results to text. Colour is applied here only.
 */
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../model/types.js';

let chalk: ChalkInstance | undefined;

/** Loads chalk; only needed when messages are coloured, so plain runs start faster. */
export async function loadColors(): Promise<void> {
  if (chalk) return;
  const { Chalk } = await import('chalk');
  chalk = new Chalk({ level: 1 });
}

/** `file:line:column severity message [rule]`, coloured when asked (after `loadColors`). */
export function formatDiagnostic(file: string, d: Diagnostic, color: boolean): string {
  const place = `${file}:${d.line}:${d.column}`;
  const c = chalk;
  if (!color || !c) return `${place} ${d.severity} ${d.message} [${d.rule}]`;
  const sev = d.severity === 'error' ? c.red(d.severity) : d.severity === 'warning' ? c.yellow(d.severity) : c.blue(d.severity);
  return `${c.dim(place)} ${sev} ${d.message} ${c.dim(`[${d.rule}]`)}`;
}
