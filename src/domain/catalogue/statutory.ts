// Source: seed 003 (Governors' guide), "Statutory Duties and Ofsted Requirements". Every `text`, `quote`, `lead`
// and list item below is the guide's own words (checked by the catalogue fidelity test); `name` and `label` are ours.
import type {
  PalKeyPhase,
  ProviderAccessPolicyContent,
  StatutoryItemId,
  StatutoryRecommendation,
  StatutoryResponsibility,
} from './types';

/** The sentence that introduces the guide's numbered list of statutory responsibilities. */
export const statutoryResponsibilitiesLead =
  'The Governing Body should ensure that the school complies with its statutory responsibilities:';

/** Where the statutory responsibilities and the recommendations come from, named for attribution. */
export const governorsGuideTitle = 'Careers education: A Guide for Secondary and Special School Governors';

/** The five statutory responsibilities, numbered as the guide numbers them. */
export const statutoryResponsibilities: readonly StatutoryResponsibility[] = [
  {
    id: 'careers-leader',
    number: 1,
    text: 'The appointment of a Careers Leader.',
    name: 'Careers Leader',
    // Under the heading "The appointment of a Careers Leader".
    quote:
      'From September 2018, schools and special schools are expected to have appointed a dedicated Careers Leader ' +
      'to lead a careers programme underpinned by the Gatsby Benchmarks.',
  },
  {
    id: 'provider-access',
    number: 2,
    text: 'Compliance with the provider access legislation.',
    name: 'Provider access legislation',
    // Under "Compliance with the provider access legislation" (wording as in the seed, "provider access learners").
    quote:
      'Every school is expected to publish a provider access policy statement which sets out their arrangements for ' +
      'education and training provider access learners and the access policy should be signed off in agreement with ' +
      'the governing body.',
  },
  {
    id: 'published-information',
    number: 3,
    text: "The publishing of policy statements on the school's website.",
    name: 'Published policy statement and careers information',
    // Under "How should the careers programme be published on the school's or special school's website?".
    quote:
      'The Department for Education (DfE) requires maintained schools and expects academies and colleges to publish ' +
      'the following information about their careers programme on their website:',
  },
  {
    id: 'impartial-guidance',
    number: 4,
    text: 'Commitment to the delivery of independent and impartial careers guidance.',
    name: 'Independent and impartial careers guidance',
    // The three conditions follow in `impartialGuidanceConditions`.
    quote:
      'The updated statutory guidance (May 2025) states that the governing body must make sure that independent ' +
      'careers guidance is provided to all learners throughout their secondary education (11- to 18-year-olds) and ' +
      'learners aged up to 25 with an education, health and care plan, and that it is:',
  },
  {
    id: 'strategic-approach',
    number: 5,
    text:
      'A strategic approach to meeting legal and statutory requirements with a commitment to quality assurance and ' +
      'continuous improvement.',
    name: 'Strategic approach, quality assurance and improvement',
    // The guide has no section of its own for the fifth; this is the nearest of its "five conditions for success"
    // ("Careers as a driver for school improvement").
    quote:
      'A strategic approach to planning for careers with articulated priorities and clear and distributed lines of ' +
      'accountability with robust monitoring of progress by SLT and Governors.',
  },
];

/**
 * What the guide says a school "should" do beyond the five responsibilities: recommendations, shown as such and
 * never counted among the statutory responsibilities.
 */
export const statutoryRecommendations: readonly StatutoryRecommendation[] = [
  {
    id: 'explicit-backing',
    name: 'Explicit backing from leaders and governors',
    // "Careers as a driver for school improvement". The guide's statement under the Careers Leader heading says the
    // statutory guidance "requires the governing body and headteacher to give “explicit backing” to the Careers
    // Leader"; it is kept as `explicitBackingStatutoryQuote` and shown with this recommendation.
    quote:
      'Headteachers, principals and those in governance roles should all be actively engaged in setting the direction ' +
      "for a whole-institution approach to careers guidance and give explicit backing to the institution's careers " +
      'provision.',
  },
  {
    id: 'link-governor',
    name: 'A Link Governor for careers',
    // "Governor with a strategic interest in careers – Careers Link Governor".
    quote:
      'Every school should have a member of their governing body who takes a strategic interest in careers education ' +
      'and guidance and encourages employer engagement.',
  },
  {
    id: 'destinations',
    name: 'Destinations data',
    // "Tracking learner Destinations".
    quote: 'Schools should collect and analyse education, training and employment destinations data for all learners.',
  },
];

/** The guide's sentence on explicit backing under "The appointment of a Careers Leader" (curly quotes as in the seed). */
export const explicitBackingStatutoryQuote =
  'The statutory guidance requires the governing body and headteacher to give “explicit backing” to the Careers ' +
  'Leader to ensure there is strong strategic leadership to develop a progressive and impactful careers provision.';

/** Ofsted's expectation on the provider access legislation ("Ofsted requirements"). */
export const ofstedProviderAccessQuote =
  'The Ofsted school inspection handbook currently includes a focus on careers guidance, including by clarifying ' +
  'that inspectors will always report where a school falls short of the requirements of the provider access ' +
  "legislation, as well as considering how it affects a school's inspection grade.";

/** The lead sentence of what the provider access policy statement must include (the extraction makes it a bullet). */
export const providerAccessPolicyLead =
  "The provider access policy statement must be published on the school's website and must include:";

/**
 * "The publishing of careers policy statements on the school's website": what the provider access policy statement
 * must include, each with an id the statutory record ticks off.
 */
export const providerAccessPolicyContents: readonly ProviderAccessPolicyContent[] = [
  {
    id: 'encounters',
    label: 'How the school puts on its six encounters, and when',
    text:
      'An explanation of how the school will comply with the legal requirement to put on at least six encounters ' +
      'with providers of approved technical education qualifications or apprenticeships, including the times at ' +
      'which access is to be given.',
  },
  {
    id: 'procedure',
    label: 'How providers ask for access, and whom to ask',
    text:
      'Any procedural requirements in relation to requests for access e.g., the main point of contact at the school ' +
      'to whom requests should be directed.',
  },
  {
    id: 'grounds',
    label: 'Grounds for granting and refusing access, with the safeguarding policy',
    text:
      'Grounds for granting and refusing requests for access e.g., details of timetabled careers lessons, assemblies ' +
      'or careers events which providers may attend; and should include the safeguarding policy.',
  },
  {
    id: 'premises',
    label: 'Premises and facilities for a provider visit',
    text:
      'Details of premises or facilities to be provided to a person who is given access e.g., rooms and resources to ' +
      'be made available in support of a provider visit.',
  },
];

/** The careers information a school must publish on its website (bold mark-up removed). */
export const publishedCareersInformation: readonly string[] = [
  'The name and contact details of the Careers Leader',
  'A summary of the careers programme, including details of how students, parents and carers, teachers and ' +
    'employers may access information about it',
  'How the school measures and assesses the impact of the careers programme on learners',
  'The date of the next review of the information published',
];

/** The conditions independent careers guidance must meet. */
export const impartialGuidanceConditions: readonly string[] = [
  'Presented in an impartial manner, showing no bias or favouritism towards a particular institution, education or ' +
    'work option.',
  'Includes information on the range of education or training options, including apprenticeships and technical ' +
    'education routes.',
  'Guidance that the person giving it considers will promote the best interests of the learners to whom it is given.',
];

/** "Schools and Special Schools must provide at least six encounters for all their students:" */
export const palMinimumEncounters = 6;

/** The Provider Access Legislation key phases; `text` is the seed's sentence, curly quotes included. */
export const palKeyPhases: readonly PalKeyPhase[] = [
  {
    id: 'first',
    yearGroups: ['8', '9'],
    encountersRequired: 2,
    mandatoryToAttend: true,
    text:
      'Two encounters for pupils during the ‘first key phase’ (year 8 or 9) that are mandatory for all pupils to ' +
      'attend.',
  },
  {
    id: 'second',
    yearGroups: ['10', '11'],
    encountersRequired: 2,
    mandatoryToAttend: true,
    text:
      'Two encounters for pupils during the ‘second key phase’ (year 10 or 11) that are mandatory for all pupils to ' +
      'attend.',
  },
  {
    id: 'third',
    yearGroups: ['12', '13'],
    encountersRequired: 2,
    mandatoryToAttend: false,
    text:
      'Two encounters for pupils during the ‘third key phase’ (year 12 or 13) that are mandatory for the school to ' +
      'put on but optional for pupils to attend.',
  },
];

/** Every statutory item, responsibilities first, for lookups by id. */
export const statutoryItems: readonly (StatutoryResponsibility | StatutoryRecommendation)[] = [
  ...statutoryResponsibilities,
  ...statutoryRecommendations,
];

/** How an item is labelled wherever it is shown: "2. Compliance with …" or "Recommended: A Link Governor …". */
export function statutoryItemLabel(id: StatutoryItemId): string {
  const r = statutoryResponsibilities.find((x) => x.id === id);
  if (r) return `${r.number}. ${r.text.replace(/\.$/, '')}`;
  const s = statutoryRecommendations.find((x) => x.id === id);
  return s ? `Recommended: ${s.name}` : id;
}
