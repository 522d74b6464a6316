/**
 * Fill colours for the Map sheet, one per catalogue category. Light tints so the activity's text (dark) keeps a
 * contrast ratio above 4.5:1; categories a school adds share the neutral tint.
 */
const fills: Readonly<Record<string, string>> = {
  'work-experience': 'F8CBAD',
  'employer-encounter': 'C6E0B4',
  assembly: 'FFE699',
  'personal-guidance': 'BDD7EE',
  'provider-access': 'D9C3E9',
  'careers-in-curriculum': 'F4C7D0',
  'fe-he-encounter': 'B7E4E0',
  other: 'E2E2E2',
};

export const neutralFill = 'EDEDED';

export const categoryFill = (categoryId: string | undefined): string => (categoryId && fills[categoryId]) || neutralFill;
