import type { ReflectionSpread } from './spread';

/**
 * The spread of one row in words, for the agenda, honest about who has reflected:
 *   "All chose 3", "2 of 3 reflected: both chose 3", "1 of 4 reflected: chose 2",
 *   "5 chose 2, 2 not sure", "From 1 to 4, 1 not sure", "Both not sure", "No reflections yet".
 * "All" and "both" speak of those who reflected; when someone has not, the count of who has comes first.
 */
export function spreadSummary(spread: ReflectionSpread): string {
  const reflected = spread.responded.length;
  const panel = reflected + spread.notYet.length;
  if (reflected === 0) return 'No reflections yet';
  const said = whatTheySaid(spread, reflected);
  if (reflected === panel) return said.charAt(0).toUpperCase() + said.slice(1);
  return `${reflected} of ${panel} reflected: ${said}`;
}

function whatTheySaid(spread: ReflectionSpread, reflected: number): string {
  const notSure = spread.notSure ? `${spread.notSure} not sure` : '';
  const everyone = reflected === 1 ? '' : reflected === 2 ? 'both ' : 'all ';
  if (spread.min === undefined || spread.max === undefined) return `${everyone}not sure`;
  if (spread.min !== spread.max) return [`from ${spread.min} to ${spread.max}`, notSure].filter(Boolean).join(', ');
  if (notSure) return `${reflected - spread.notSure} chose ${spread.min}, ${notSure}`;
  return `${everyone}chose ${spread.min}`;
}
