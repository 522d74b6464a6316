import { describe, expect, it } from 'vitest';

import { parseArgs } from '../../../tools/import/cli';

describe('npm run import -- FILE [options]', () => {
  it('reads the file and the options in any order', () => {
    expect(parseArgs(['--json', 'map.xlsx', '--year', '2026/27', '--dry-run', '--split-ranges'])).toEqual({
      file: 'map.xlsx',
      dryRun: true,
      json: true,
      splitRanges: true,
      newCategories: false,
      academicYear: '2026/27',
    });
  });

  it('refuses an academic year that is not one, an unknown option, two files or none, with the usage', () => {
    expect(parseArgs(['map.csv', '--year', '2026/28'])).toMatch(/^--year takes an academic year written like 2026\/27: 2026\/28 is not an academic year.*\nUsage:/);
    expect(parseArgs(['map.csv', '--year'])).toMatch(/^--year takes an academic year written like 2026\/27: "" is not an academic year/);
    expect(parseArgs(['map.csv', '--force'])).toMatch(/^Unknown option --force\./);
    expect(parseArgs(['a.csv', 'b.csv'])).toMatch(/^One file at a time/);
    expect(parseArgs([])).toMatch(/^Usage: npm run import -- FILE/);
  });
});
