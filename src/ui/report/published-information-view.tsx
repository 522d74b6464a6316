import { Body1, Button, Caption1, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { CopyRegular, PrintRegular } from '@fluentui/react-icons';
import { type ReactNode, useMemo, useRef, useState } from 'react';

import { governorsGuideTitle } from '../../domain/catalogue/statutory';
import type { InstitutionData } from '../../domain/institution-data';
import { checkPublishedPage, htmlDocument, publishedPage, renderPublishedPageHtml } from '../../domain/published-information';
import { ToneLine } from '../common/tone';
import { YearGate } from '../common/year-gate';
import { useAcademicYearParam } from '../common/year-picker';
import { useReportQuery, useReportYears } from './data/queries';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  checks: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  quote: { display: 'block', color: tokens.colorNeutralForeground2 },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  preview: {
    width: '100%',
    height: '70vh',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    // The page is the school's, in its own light colours, whatever Teams' theme.
    backgroundColor: '#ffffff',
  },
});

/** The careers information a school must publish, written by Waypoint from its records, ready to paste or print. */
export function PublishedInformationView(props: { today: string }): ReactNode {
  const [year, setYear] = useAcademicYearParam();
  return (
    <YearGate year={year} onYearChange={setYear} years={useReportYears().data} query={useReportQuery(year)} loading="Writing the careers information page…" failed="The records behind the page could not be loaded">
      {(data) => <PublishedInformation data={data} today={props.today} />}
    </YearGate>
  );
}

function PublishedInformation(props: { data: InstitutionData; today: string }): ReactNode {
  const styles = useStyles();
  const { data, today } = props;
  const page = useMemo(
    () =>
      publishedPage({
        institution: data.institution,
        record: data.statutory,
        map: data.provisionMap,
        plan: data.plan,
        reviews: data.reviews.map((r) => r.review),
        today,
      }),
    [data, today],
  );
  const checks = checkPublishedPage(page);
  const frame = useRef<HTMLIFrameElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = (): void => {
    navigator.clipboard.writeText(renderPublishedPageHtml(page)).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <section className={styles.view} aria-labelledby="published-heading">
      <Subtitle1 as="h2" id="published-heading">
        Careers information for the school&apos;s website
      </Subtitle1>
      <Body1 as="p">
        Waypoint writes this page from the statutory duties record, the provision map and the strategic careers plan, in plain words for
        pupils, parents and carers. Copy its HTML into the school&apos;s website, or print it or save it as a PDF. Nothing is published
        until you put it there.
      </Body1>
      <Subtitle2 as="h3">What the school must publish ({governorsGuideTitle})</Subtitle2>
      <ul className={styles.checks} aria-label="What the school must publish, and whether the page has it">
        {checks.map((c) => (
          <ToneLine key={c.item} tone={c.present ? 'met' : 'gap'}>
            <span className={styles.quote}>“{c.requirement}”</span>
            {c.present ? 'On the page.' : `Not on the page yet. ${c.missing ?? ''}`}
          </ToneLine>
        ))}
      </ul>
      <div className={styles.controls}>
        <Button icon={<CopyRegular />} onClick={copy}>
          Copy the page as HTML
        </Button>
        <Button icon={<PrintRegular />} onClick={() => frame.current?.contentWindow?.print()}>
          Print the page or save it as PDF
        </Button>
        <Caption1 role="status">
          {copied === 'yes' ? 'Copied. Paste it into the careers page of your website.' : copied === 'failed' ? "Copying isn't allowed here. Print the page instead, or open Waypoint in a web browser to copy it." : ''}
        </Caption1>
      </div>
      <iframe ref={frame} className={styles.preview} title={`${page.title}: the page as it will be published`} srcDoc={htmlDocument(page)} sandbox="allow-same-origin allow-modals" />
    </section>
  );
}
