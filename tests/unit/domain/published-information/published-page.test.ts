import { describe, expect, it } from 'vitest';

import { DEMO_AS_OF, demoSchool } from '../../../../src/demo/demo-school';
import {
  checkPublishedPage,
  htmlDocument,
  publishedPage,
  type PublishedPageInputs,
  recordPublication,
  renderPublishedPageHtml,
} from '../../../../src/domain/published-information';
import { statutoryChecklist } from '../../../../src/domain/statutory/checklist';
import { strategicEvidence } from '../../../../src/domain/statutory/strategic';

const inputs: PublishedPageInputs = {
  institution: demoSchool.institution,
  record: demoSchool.statutory,
  map: demoSchool.provisionMap,
  plan: demoSchool.plan,
  reviews: demoSchool.reviews.map((r) => r.review),
  today: DEMO_AS_OF,
};

describe('the published careers information page', () => {
  const page = publishedPage(inputs);

  it('holds the four required items for the demo school, in plain words', () => {
    expect(checkPublishedPage(page).map((c) => [c.item, c.present])).toEqual([
      ['careers-leader-contact', true],
      ['programme-summary', true],
      ['impact-measurement', true],
      ['next-review', true],
    ]);
    const text = (id: string) => page.sections.find((s) => s.id === id)!.blocks.map((b) => (b.kind === 'list' ? b.items.join(' ') : b.text)).join(' ');
    expect(text('careers-leader-contact')).toBe('Our Careers Leader is Hannah Whitfield. Pupils, parents and carers, teachers and employers can email them at');
    expect(page.sections.find((s) => s.id === 'careers-leader-contact')!.blocks[0]).toMatchObject({
      link: { text: 'careers.leader@contoso.onmicrosoft.com', href: 'mailto:careers.leader@contoso.onmicrosoft.com' },
    });
    expect(text('programme-summary')).toContain('Year 9: ');
    expect(text('next-review')).toBe('We will next review this information on 16 July 2027.');
    expect(text('impact-measurement')).toContain('Careers Impact internal leadership review');
    expect(page.sections.find((s) => s.id === 'provider-access')!.blocks[0]).toMatchObject({
      link: { href: 'https://highfield.contoso.com/careers/provider-access-policy' },
    });
  });

  it('leaves out only what it cannot say, and says what to record', () => {
    const bare = publishedPage({
      ...inputs,
      record: { ...inputs.record, careersLeader: undefined, destinationsCollected: false, publishedInformation: { ...inputs.record.publishedInformation, nextReviewDate: undefined } },
      plan: { ...inputs.plan, priorities: [] },
      reviews: [],
    } as PublishedPageInputs);
    const checks = checkPublishedPage(bare);
    expect(checks.filter((c) => !c.present).map((c) => c.item)).toEqual(['careers-leader-contact', 'impact-measurement', 'next-review']);
    expect(checks[0]!.missing).toMatch(/Careers Leader's name and email/);
    expect(checks[0]!.requirement).toBe('The name and contact details of the Careers Leader');
  });

  it('renders HTML with every piece of text escaped and only safe links', () => {
    const hostile = publishedPage({
      ...inputs,
      institution: { ...inputs.institution, name: '<script>alert(1)</script>' },
      record: { ...inputs.record, providerAccessPolicy: { url: 'javascript:alert(2)', published: true } },
      plan: { ...inputs.plan, careersVision: 'Fish & "chips" <b>' },
    });
    const html = renderPublishedPageHtml(hostile);
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Fish &amp; &quot;chips&quot; &lt;b&gt;');
    expect(renderPublishedPageHtml({ ...hostile, sections: [{ id: 'vision', heading: 'V', blocks: [{ kind: 'paragraph', text: 'One\n<two>' }] }] })).toContain(
      '<p>One<br>\n&lt;two&gt;</p>',
    );
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('javascript:alert(2)');
    expect(renderPublishedPageHtml(page)).toContain('<a href="mailto:careers.leader@contoso.onmicrosoft.com">');
    expect(htmlDocument(page)).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
  });

  it('meets the published-information items once the school records where it published the page', () => {
    const strategic = strategicEvidence(demoSchool.plan, inputs.reviews);
    const judge = (record: typeof inputs.record) =>
      statutoryChecklist({ record, map: inputs.map, strategic, today: DEMO_AS_OF }).find((c) => c.duty === 'published-information')!;
    const { url: _url, publishedOn: _on, ...unpublished } = inputs.record.publishedInformation;
    const before = judge({ ...inputs.record, publishedInformation: unpublished });
    expect(before.missing).toContain('How the school measures and assesses the impact of the careers programme is not published.');
    expect(before.missing).toContain("The date the careers information was published on the school's website is not recorded.");
    const after = judge(recordPublication(inputs.record, page, { url: 'https://highfield.contoso.com/careers-information', on: '2026-11-30' }));
    // Only the policy statement's missing content (premises) is left: the careers information items are all met.
    expect(after.missing).toEqual(['The provider access policy statement is not recorded as including: premises and facilities for a provider visit.']);
  });
});
