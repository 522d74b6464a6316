import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { demoSchool } from '../../../../src/demo/demo-school';
import { dutyDetails, dutyLinks } from '../../../../src/domain/report';
import { statutoryChecklist } from '../../../../src/domain/statutory/checklist';
import { validateStatutoryRecord } from '../../../../src/domain/validation/statutory';
import { DutyChecklist } from '../../../../src/ui/common/duty-checklist';
import { AddressBreaks, safeHref } from '../../../../src/ui/common/linked-text';
import { emptyStatutoryRecord, statutoryDraft, statutoryInput } from '../../../../src/ui/statutory/statutory-draft';

const record = demoSchool.statutory;

describe('the statutory record form', () => {
  it('gives back the record it was filled from', () => {
    const result = validateStatutoryRecord(statutoryInput(statutoryDraft(record), record.institutionId));
    expect(result).toMatchObject({ ok: true, value: record });
  });

  it('leaves a person out when their fields are blank, so the checklist says they are missing', () => {
    const draft = { ...statutoryDraft(record), linkGovernor: '  ', leaderName: '', leaderEmail: '', leaderTraining: '' as const };
    const result = validateStatutoryRecord(statutoryInput(draft, record.institutionId));
    // A failed validation must fail here, not pass as "falsy".
    if (!result.ok) throw new Error(`The blank people were refused: ${result.errors.map((e) => e.message).join('; ')}`);
    expect(result.value.linkGovernor).toBeUndefined();
    expect(result.value.careersLeader).toBeUndefined();
  });

  it('names the field to fix when a person is half filled in', () => {
    const draft = { ...statutoryDraft(record), leaderEmail: 'not an address' };
    const result = validateStatutoryRecord(statutoryInput(draft, record.institutionId));
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['careersLeader.email']);
  });

  it("saves the policy statement's sign-off and four contents, and the explicit backing, as typed and ticked", () => {
    const draft = {
      ...statutoryDraft(record),
      policyContents: ['premises', 'encounters'] as const,
      signedOffBy: 'Full governing body',
      signedOffDate: '2026-10-14',
      backingHow: 'Careers strategy endorsed by the senior leadership team',
      backingDate: '2026-09-30',
    };
    const result = validateStatutoryRecord(statutoryInput({ ...draft, policyContents: [...draft.policyContents] }, record.institutionId));
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
    // In the catalogue's order, whatever order they were ticked in.
    expect(result.value.providerAccessPolicy?.contents).toEqual(['encounters', 'premises']);
    expect(result.value.providerAccessPolicy?.signOff).toEqual({ by: 'Full governing body', date: '2026-10-14' });
    expect(result.value.explicitBacking).toEqual({ how: 'Careers strategy endorsed by the senior leadership team', date: '2026-09-30' });
    expect(statutoryDraft(result.value)).toMatchObject({ signedOffBy: 'Full governing body', signedOffDate: '2026-10-14', policyContents: ['encounters', 'premises'] });
  });

  it('asks for what is missing rather than dropping a half-filled sign-off, backing or policy', () => {
    const draft = { ...statutoryDraft(emptyStatutoryRecord('x')), signedOffDate: '2026-10-14', backingDate: '2026-09-30', policyContents: ['grounds' as const] };
    const result = validateStatutoryRecord(statutoryInput(draft, 'x'));
    expect(result.ok ? [] : result.errors.map((e) => e.field).sort()).toEqual(['explicitBacking.how', 'providerAccessPolicy.signOff.by', 'providerAccessPolicy.url']);
  });

  it('starts an empty record with nothing ticked', () => {
    expect(statutoryDraft(emptyStatutoryRecord('x'))).toMatchObject({ leaderName: '', guidanceProvided: false, destinations: false });
  });
});

describe('the duties checklist', () => {
  const render = (r: typeof record): string =>
    renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <DutyChecklist
          checks={statutoryChecklist({ record: r, map: demoSchool.provisionMap, strategic: { priorities: 1, actions: 1 }, today: '2026-11-24' })}
          details={dutyDetails(r)}
          links={dutyLinks(r)}
          caption="Duties"
        />
      </FluentProvider>,
    );

  it('says each status in words and links the web addresses', () => {
    const html = render(record);
    expect(html).toContain('Partly met');
    expect(html).toContain('href="https://highfield.contoso.com/careers"');
    // Where and when the careers information was published, both in what is recorded.
    expect(html).toContain('published 21 September 2026');
  });

  it('lets web and e-mail addresses wrap only after a slash or before a dot or @, never mid-word', () => {
    const html = render(record);
    expect(html).toContain('https://highfield<wbr/>.contoso<wbr/>.com/<wbr/>careers/<wbr/>provider-access-policy</a>');
    expect(html).toContain('careers<wbr/>.leader<wbr/>@contoso<wbr/>.onmicrosoft<wbr/>.com,');
    // Ordinary words and numbers are left alone.
    expect(html).toContain('Midshire Careers Service');
    expect(renderToStaticMarkup(<AddressBreaks text="Row 2.3, see https://x.test/a/b." />)).toBe('Row 2.3, see https://x<wbr/>.test/<wbr/>a/<wbr/>b.');
  });

  it('shows a stored address that is not a web address as text only', () => {
    const html = render({ ...record, providerAccessPolicy: { url: 'javascript:alert(1)', published: true } });
    expect(html).toContain('javascript:alert(1)');
    expect(html).not.toMatch(/href="javascript/i);
    expect(safeHref('https://x.test/a')).toBe('https://x.test/a');
    expect(safeHref('data:text/html,hi')).toBeUndefined();
  });
});
