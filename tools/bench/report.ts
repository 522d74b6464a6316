/**
 * Every bench figure is printed twice: in a table for a person (measure, goal, measured, met), and as a line of
 * its own for a machine, `bench: <name> <value> <unit>`.
 */
export interface Figure {
  /** Lower case, no colon: the machine line's name, e.g. "time to a usable review". */
  readonly name: string;
  readonly value: number;
  /** e.g. "ms", "KB", "trips", "requests". */
  readonly unit: string;
  /** The most it may be; none for a figure given for information. */
  readonly atMost?: number;
  /** Said beside the value in the table, e.g. "3 filtered reads in one $batch". */
  readonly note?: string;
  /** The same figure's machine line under another name a tracker reads, e.g. "tab JS before usable". */
  readonly alias?: { readonly name: string; readonly unit: string };
}

export function machineLine(figure: Figure): string {
  const line = `bench: ${figure.name} ${figure.value} ${figure.unit}`;
  return figure.alias ? `${line}\nbench: ${figure.alias.name} ${figure.value} ${figure.alias.unit}` : line;
}

export const met = (figure: Figure): boolean => figure.atMost === undefined || figure.value <= figure.atMost;

export function formatTable(figures: readonly Figure[]): string {
  const header = ['Measure', 'Goal', 'Measured', ''];
  const cells = figures.map((f) => [
    f.name,
    f.atMost === undefined ? '—' : `≤ ${f.atMost} ${f.unit}`,
    `${f.value} ${f.unit}${f.note ? ` (${f.note})` : ''}`,
    f.atMost === undefined ? '' : met(f) ? 'met' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** Prints a section's table and its machine lines; sets a failing exit code if a goal is missed. */
export function printFigures(title: string, figures: readonly Figure[]): void {
  console.log(`\n${title}\n${formatTable(figures)}\n${figures.map(machineLine).join('\n')}`);
  if (!figures.every(met)) process.exitCode = 1;
}

export const round = (value: number, places = 0): number => Math.round(value * 10 ** places) / 10 ** places;
