import type { ReactNode } from 'react';

import type { KeyMetricPickerProps } from '../../ui/common/feature-slots';
import { createImpactData } from '../../ui/impact/data/adapter';
import { ProvideImpactData } from '../../ui/impact/data/queries';
import { KeyMetricPicker } from '../../ui/impact/key-metric-picker';
import { ObjectiveMetric } from '../../ui/impact/objective-metric';
import type { KeyMetricRef } from '../../domain/impact/measures';
import { useViewPort } from './tab-ports';

/**
 * The impact figures in the plan, with their port (the page's query cache is the plan's): a plan objective's key
 * metric chosen among the recorded figures, and its progress. Their own chunk, loaded when the plan shows one.
 */
export function KeyMetricPickerPart(props: KeyMetricPickerProps): ReactNode {
  return (
    <ProvideImpactData port={useViewPort(createImpactData)}>
      <KeyMetricPicker {...props} />
    </ProvideImpactData>
  );
}

export function ObjectiveMetricPart(props: { metric: KeyMetricRef }): ReactNode {
  return (
    <ProvideImpactData port={useViewPort(createImpactData)}>
      <ObjectiveMetric {...props} />
    </ProvideImpactData>
  );
}
