/**
 * Reporters: pure functions from results to text. Colour is applied here only.
 */
import { Chalk } from 'chalk';
import type { Diagnostic } from '../model/types.js';

/** `file:line:column severity message [rule]`, coloured when asked. */
export function formatDiagnostic(file: string, d: Diagnostic, color: boolean): string {
  const place = `${file}:${d.line}:${d.column}`;
  if (!color) return `${place} ${d.severity} ${d.message} [${d.rule}]`;
  const c = new Chalk({ level: 1 });
  const sev = d.severity === 'error' ? c.red(d.severity) : d.severity === 'warning' ? c.yellow(d.severity) : c.blue(d.severity);
  return `${c.dim(place)} ${sev} ${d.message} ${c.dim(`[${d.rule}]`)}`;
}
