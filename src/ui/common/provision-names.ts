import { activityCategories, stages } from '../../domain/catalogue/provision';

/** A category's name (a school's own category is its own name). */
export const categoryName = (id: string): string => activityCategories.find((c) => c.id === id)?.name ?? id;
export const stageName = (id: string): string => stages.find((s) => s.id === id)?.name ?? id;
