import type { ModelVariant } from '../../domain/catalogue/types';
import { choice, integer, keyColumn, note, text } from './column-types';
import { allOf, defineList } from './define';
import { LIST_NAMES } from './lists';

export const variants = allOf<ModelVariant>()(['schools', 'colleges']);

/**
 * One item per setting record, keyed: 'schema' (the version provisioning last reached) and
 * 'institution' (the school or college, its year groups, and the plan's two visions).
 */
export const settingsList = defineList({
  key: 'settings',
  displayName: LIST_NAMES.settings,
  description: 'Waypoint: the school or college this team works for, and the version of these lists.',
  why: "The institution (name in Title), its year groups and visions, and the lists' schema version.",
  columns: [
    keyColumn("Which record: 'schema' or 'institution'. Looked up by key."),
    integer('SchemaVersion', 'Schema version', 'The list layout provisioning last completed, so an older site is upgraded by adding what is missing.', 0),
    text('InstitutionId', 'Institution id', 'Stable id of the institution, carried into reviews, the map and the plan.'),
    choice('Variant', 'Model variant', variants, 'Which maturity model applies: schools and specialist settings, or colleges.'),
    note('YearGroups', 'Year groups', 'JSON array of year-group names in order (7–11, 12–13 with a sixth form; colleges name their own).'),
    note('InstitutionVision', 'Institution vision', 'Strategic careers plan: the institution vision.'),
    note('CareersVision', 'Careers vision', 'Strategic careers plan: the careers vision.'),
  ],
});
