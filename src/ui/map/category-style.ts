import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * One colour per catalogue category, as a tinted card with a thick edge; the category's name is always written
 * beside it, so colour is never the only signal. Categories a school adds take the neutral style.
 */
export const useCategoryStyles = makeStyles({
  'work-experience': { backgroundColor: tokens.colorPaletteBerryBackground2, borderLeftColor: tokens.colorPaletteBerryBorderActive },
  'employer-encounter': { backgroundColor: tokens.colorPaletteBlueBackground2, borderLeftColor: tokens.colorPaletteBlueBorderActive },
  assembly: { backgroundColor: tokens.colorPaletteYellowBackground2, borderLeftColor: tokens.colorPaletteYellowBorderActive },
  'personal-guidance': { backgroundColor: tokens.colorPaletteLightGreenBackground2, borderLeftColor: tokens.colorPaletteLightGreenBorderActive },
  'provider-access': { backgroundColor: tokens.colorPaletteDarkOrangeBackground2, borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  'careers-in-curriculum': { backgroundColor: tokens.colorPaletteLavenderBackground2, borderLeftColor: tokens.colorPaletteLavenderBorderActive },
  'fe-he-encounter': { backgroundColor: tokens.colorPaletteTealBackground2, borderLeftColor: tokens.colorPaletteTealBorderActive },
  other: { backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorNeutralStroke1 },
});

export type CategoryClasses = ReturnType<typeof useCategoryStyles>;

export const categoryClass = (classes: CategoryClasses, categoryId: string | undefined): string =>
  (categoryId !== undefined && categoryId in classes ? classes[categoryId as keyof CategoryClasses] : classes.other);
