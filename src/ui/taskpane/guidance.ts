import {
  benchmarks,
  leaversProfileExamples,
  leaversProfileHeadings,
  maxOutcomesPerStage,
  opportunityChecklistSections,
  palKeyPhases,
  stageExampleLearningOutcomes,
} from '../../domain/catalogue';
import { yearLabel } from '../../domain/provision-map/labels';
import { outcomeCoverage } from '../../domain/provision-map/outcome-coverage';
import type { Selection } from '../../provision-template/workbook-gateway';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import { type ColumnId, templateColumns } from '../../provision-template/columns';
import { matchHeaders } from '../../provision-template/headers';
import { type ActivityInput, parseRowCells } from '../../provision-template/parse-cells';
import { emptyCell, isBlank } from '../../provision-template/raw-cell';
import { sheetNames } from '../../provision-template/sheets';
import type { PaneRead } from './pane-read';

export interface GuidanceSection {
  readonly id: string;
  readonly title: string;
  readonly paragraphs?: readonly string[];
  readonly items?: readonly string[];
  readonly groups?: readonly { readonly heading: string; readonly items: readonly string[] }[];
}

export interface Guidance {
  readonly heading: string;
  readonly context?: string;
  readonly sections: readonly GuidanceSection[];
}

const idle: Guidance = {
  heading: 'Select a cell',
  sections: [{ id: 'start', title: 'Guidance follows the selection', paragraphs: ['Move around the Activities sheet: what helps with the cell you are in appears here.'] }],
};

/** A maturity row's title by its id ("5.2"); undefined until the model has loaded (it is loaded on demand). */
export type RowTitle = (rowId: string) => string | undefined;

/** What helps with the cell in hand: the stage's intent, the category, the learning outcomes, the checklist. */
export function guidanceFor(
  selection: Selection | null,
  pane: PaneRead | null,
  catalogue: TemplateCatalogue,
  rowTitle: RowTitle = () => undefined,
): Guidance {
  if (!selection || !pane) return idle;
  switch (selection.sheet) {
    case sheetNames.activities:
      return activityGuidance(selection, pane, catalogue, rowTitle);
    case sheetNames.learningOutcomes:
      return outcomesSheetGuidance(pane, catalogue);
    case sheetNames.leaversProfile:
      return {
        heading: 'Learners as leavers profile',
        sections: leaversProfileHeadings.map((h) => ({ id: h.id, title: h.name, items: leaversProfileExamples[h.id] })),
        context: 'What learners will know, be able to do and how they will behave as they leave. The examples are Alex’s profile from the guidance.',
      };
    case sheetNames.map:
      return {
        heading: 'The provision map',
        sections: [{ id: 'map', title: 'Drawn from the Activities sheet', paragraphs: ['Stages run down, year groups across, each activity coloured by its category. Redraw it from the Template tab after changes.'] }],
      };
    default:
      return idle;
  }
}

function activityGuidance(selection: Selection, pane: PaneRead, catalogue: TemplateCatalogue, rowTitle: RowTitle): Guidance {
  const bodyIndex = selection.row - pane.workbook.headerRowNumber;
  const column = templateColumns[selection.column]?.id;
  if (bodyIndex < 0) {
    return {
      heading: 'The Activities table',
      sections: [{ id: 'columns', title: 'One row per activity', items: templateColumns.map((c) => `${c.header}: ${c.prompt}`) }],
    };
  }
  const raw = pane.workbook.activities.rows[bodyIndex];
  const rowNumber = selection.row + 1;
  const headers = matchHeaders(pane.workbook.activities.headers);
  const blank = !raw || raw.cells.every(isBlank);
  if (blank || !headers.ok) {
    return {
      heading: `New activity (row ${rowNumber})`,
      context: 'Before adding an opportunity to the map, think it through with the Opportunity Checklist.',
      sections: [
        {
          id: 'checklist',
          title: 'Opportunity Checklist',
          groups: opportunityChecklistSections.map((s) => ({ heading: s.heading, items: s.checks.map((c) => c.question) })),
        },
      ],
    };
  }
  const { input } = parseRowCells((id) => raw.cells[headers.columns[id]] ?? emptyCell, catalogue, '');
  const sections = [
    ...stageSections(input, pane, catalogue),
    ...yearSections(input),
    ...categorySections(input, catalogue, rowTitle),
    ...outcomeSections(input, pane, catalogue),
  ];
  const first = column ? primarySection[column] : undefined;
  const ordered = first ? [...sections.filter((s) => s.id === first), ...sections.filter((s) => s.id !== first)] : sections;
  return { heading: input.title ? `${input.title} (row ${rowNumber})` : `Row ${rowNumber}`, sections: ordered };
}

/** The section that answers the column in hand comes first. */
const primarySection: Partial<Record<ColumnId, string>> = {
  stage: 'stage',
  yearGroup: 'year',
  provider: 'year',
  categories: 'category',
  benchmarks: 'category',
  learningOutcomes: 'outcomes',
};

function stageSections(input: ActivityInput, pane: PaneRead, catalogue: TemplateCatalogue): GuidanceSection[] {
  const stage = catalogue.stages.find((s) => s.id === input.stage);
  if (!stage) return [{ id: 'stage', title: 'Stage', paragraphs: [`Choose the stage: ${catalogue.stages.map((s) => s.name).join(', ')}.`] }];
  const chosen = pane.stageOutcomes[stage.id] ?? [];
  return [
    {
      id: 'stage',
      title: stage.name,
      paragraphs: [
        `At this stage learners ${stage.intent}`,
        chosen.length > 0
          ? `Learning outcomes chosen for this stage: ${chosen.join(', ')}.`
          : `No learning outcomes are chosen for this stage yet (up to ${maxOutcomesPerStage}, on the Learning outcomes sheet). For example: ${stageExampleLearningOutcomes[stage.id]}`,
      ],
    },
  ];
}

function yearSections(input: ActivityInput): GuidanceSection[] {
  if (!input.yearGroup) return [];
  const phase = palKeyPhases.find((p) => p.yearGroups.includes(input.yearGroup!));
  return phase ? [{ id: 'year', title: `${yearLabel(input.yearGroup)}: provider access`, paragraphs: [phase.text] }] : [];
}

function categorySections(input: ActivityInput, catalogue: TemplateCatalogue, rowTitle: RowTitle): GuidanceSection[] {
  return input.categories.flatMap((id) => {
    const category = catalogue.categories.find((c) => c.id === id);
    if (!category) return [];
    const rows = category.maturityRows.map((rowId) => `${rowId} ${rowTitle(rowId) ?? ''}`.trim());
    return [
      {
        id: 'category',
        title: category.name,
        paragraphs: [category.description],
        groups: [
          {
            heading: 'Gatsby Benchmarks it evidences',
            items: category.benchmarks.length > 0 ? category.benchmarks.map((n) => `${n} ${benchmarks.find((b) => b.number === n)?.name ?? ''}`.trim()) : ['None by itself'],
          },
          ...(rows.length > 0 ? [{ heading: 'Maturity model rows it supports', items: rows }] : []),
        ],
      },
    ];
  });
}

function outcomeSections(input: ActivityInput, pane: PaneRead, catalogue: TemplateCatalogue): GuidanceSection[] {
  if (input.learningOutcomes.length === 0) {
    return [{ id: 'outcomes', title: 'Learning outcomes', paragraphs: ['Name the learning outcomes this activity serves (codes such as CK1), so the map shows how learning progresses.'] }];
  }
  const coverage = outcomeCoverage(pane.map, catalogue.outcomes, catalogue.stages);
  const stageName = (id: string): string => catalogue.stages.find((s) => s.id === id)?.name ?? id;
  return [
    {
      id: 'outcomes',
      title: 'Learning outcomes and how they progress',
      items: input.learningOutcomes.map((id) => {
        const c = coverage.find((o) => o.outcome.id === id);
        if (!c) return id;
        const where = c.stages.length > 0 ? `addressed at ${c.stages.map(stageName).join(', then ')}` : 'not yet addressed by a valid row';
        const progress = c.progresses ? 'it progresses across stages' : 'add it at a later stage so learning builds';
        return `${id} ${c.outcome.text} (${where}; ${progress}.)`;
      }),
    },
  ];
}

function outcomesSheetGuidance(pane: PaneRead, catalogue: TemplateCatalogue): Guidance {
  return {
    heading: 'Learning outcomes for each stage',
    context: `Choose up to ${maxOutcomesPerStage} learning outcomes for each stage, from the 18 universal ones or your own.`,
    sections: catalogue.stages.map((stage) => ({
      id: stage.id,
      title: stage.name,
      paragraphs: [`Learners ${stage.intent}`, `Chosen: ${(pane.stageOutcomes[stage.id] ?? []).join(', ') || 'none yet'}.`],
    })),
  };
}

