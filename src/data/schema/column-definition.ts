import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';

import type { ColumnSpec } from './column-types';

// Only provisioning writes column definitions, so this lives apart from the column specs the mappers use.
/** The Graph columnDefinition for POST /lists (columns) or POST /lists/{id}/columns. */
export function toColumnDefinition(spec: ColumnSpec): ColumnDefinition {
  const common: ColumnDefinition = {
    name: spec.name,
    displayName: spec.displayName,
    description: spec.why,
    indexed: spec.indexed === true,
    enforceUniqueValues: spec.unique === true,
  };
  const t = spec.type;
  switch (t.kind) {
    case 'text':
      return { ...common, text: { allowMultipleLines: false, maxLength: t.maxLength } };
    case 'note':
      return { ...common, text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 } };
    case 'number':
      return {
        ...common,
        number: {
          ...(t.integer ? { decimalPlaces: 'none' } : {}),
          ...(t.minimum !== undefined ? { minimum: t.minimum } : {}),
          ...(t.maximum !== undefined ? { maximum: t.maximum } : {}),
        },
      };
    case 'boolean':
      return { ...common, boolean: {} };
    case 'choice':
      return { ...common, choice: { choices: [...t.choices], allowTextEntry: false, displayAs: 'dropDownMenu' } };
    case 'multiChoice':
      return { ...common, choice: { choices: [...t.choices], allowTextEntry: true, displayAs: 'checkBoxes' } };
  }
}
