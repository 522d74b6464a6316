import { Body1, Caption1, Subtitle1 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { governorsGuideTitle, providerAccessPolicyLead } from '../../domain/catalogue/statutory';
import type { BoardPaper } from '../../domain/report/types';
import { formatDate } from '../../domain/validation/dates';
import { DutyChecklist } from '../common/duty-checklist';
import { ToneLine } from '../common/tone';
import { Collapsible } from './parts/collapsible';
import { useReportStyles } from './parts/report-styles';
import { paperSections } from './parts/sections';

const { id, title } = paperSections.statutory;

/** The five statutory responsibilities, the guide's recommendations apart from them, and the provider access policy statement. */
export function StatutorySection(props: { statutory: BoardPaper['statutory'] }): ReactNode {
  const s = useReportStyles();
  const { summary, policyContents, signOff } = props.statutory;
  const { counts, recommendationCounts: rc } = summary;
  const responsibilities = summary.checks.filter((c) => c.kind === 'responsibility');
  const recommendations = summary.checks.filter((c) => c.kind === 'recommendation');
  return (
    <section className={s.section} aria-labelledby={id}>
      <Subtitle1 as="h2" id={id} className={s.headingKeep}>
        {title}
      </Subtitle1>
      <Body1 as="p">
        Of the five statutory responsibilities, {counts.met} {counts.met === 1 ? 'is' : 'are'} met, {counts['partly-met']} partly met and{' '}
        {counts['not-met']} not met. Of the guide&apos;s {recommendations.length} recommendations, {rc.met} {rc.met === 1 ? 'is' : 'are'} in place.
        Each is checked against the statutory record and the provision map.
      </Body1>
      <DutyChecklist
        checks={responsibilities}
        details={summary.details}
        links={summary.links}
        caption={`The five statutory responsibilities, as numbered in ${governorsGuideTitle}`}
      />
      {summary.ofsted ? (
        <blockquote className={s.quote}>
          <p className={s.text}>“{summary.ofsted}”</p>
          <cite className={s.source}>Ofsted requirements, in {governorsGuideTitle}</cite>
        </blockquote>
      ) : null}
      <Collapsible heading="Provider access policy statement">
        <div className={s.sub}>
          <blockquote className={s.quote}>
            <p className={s.text}>“{providerAccessPolicyLead}”</p>
            <cite className={s.source}>{governorsGuideTitle}</cite>
          </blockquote>
          <ul className={s.plainList} aria-label="What the policy statement must include, as recorded">
            {policyContents.map((c) => (
              <ToneLine key={c.id} tone={c.included ? 'met' : 'gap'}>
                {c.label}: {c.included ? 'included' : 'not recorded as included'}
                <Caption1 as="span" className={s.source}>
                  “{c.text}”
                </Caption1>
              </ToneLine>
            ))}
          </ul>
          <ToneLine as="p" tone={signOff ? 'met' : 'gap'}>
            {signOff
              ? `Signed off in agreement with the governing body by ${signOff.by} on ${formatDate(signOff.date)}.`
              : 'No sign-off in agreement with the governing body is recorded.'}
          </ToneLine>
        </div>
      </Collapsible>
      <Collapsible heading="Recommendations (what the guide says a school should do)">
        <DutyChecklist
          checks={recommendations}
          details={summary.details}
          links={summary.links}
          caption={`Recommendations in ${governorsGuideTitle}: good practice, not statutory`}
        />
      </Collapsible>
    </section>
  );
}
