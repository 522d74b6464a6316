// Source: seed 003 (Governors' guide), "Statutory Duties and Ofsted Requirements".
import type { PalKeyPhase, StatutoryDuty } from './types';

/** One entry per statutory duty; `name` is ours, `requirement` is quoted from the guide. */
export const statutoryDuties: readonly StatutoryDuty[] = [
  {
    id: 'careers-leader',
    name: 'Named Careers Leader',
    // "The appointment of a Careers Leader".
    requirement:
      'From September 2018, schools and special schools are expected to have appointed a dedicated Careers Leader ' +
      'to lead a careers programme underpinned by the Gatsby Benchmarks.',
  },
  {
    id: 'senior-leader',
    name: 'Senior leadership backing',
    // The guide states no duty that a named senior leader be responsible for careers (it asks it only as a key
    // strategic question: "Who in the senior leadership team is responsible for careers …?"). The nearest
    // statement is this one, under "The appointment of a Careers Leader"; the curly quotes are the seed's.
    requirement:
      'The statutory guidance requires the governing body and headteacher to give “explicit backing” to the ' +
      'Careers Leader to ensure there is strong strategic leadership to develop a progressive and impactful careers ' +
      'provision.',
  },
  {
    id: 'link-governor',
    name: 'Link Governor',
    // "Governor with a strategic interest in careers – Careers Link Governor".
    requirement:
      'Every school should have a member of their governing body who takes a strategic interest in careers education ' +
      'and guidance and encourages employer engagement.',
  },
  {
    id: 'provider-access-policy',
    name: 'Provider access policy statement',
    // "Compliance with the provider access legislation" (wording as in the seed). What the statement must include
    // is in `providerAccessPolicyContents`.
    requirement:
      'Every school is expected to publish a provider access policy statement which sets out their arrangements for ' +
      'education and training provider access learners and the access policy should be signed off in agreement with ' +
      'the governing body.',
  },
  {
    id: 'published-information',
    name: 'Published careers information',
    // The list of what must be published is in `publishedCareersInformation`.
    requirement:
      'The Department for Education (DfE) requires maintained schools and expects academies and colleges to publish ' +
      'the following information about their careers programme on their website:',
  },
  {
    id: 'impartial-guidance',
    name: 'Independent and impartial guidance',
    // The three conditions follow in `impartialGuidanceConditions`.
    requirement:
      'The updated statutory guidance (May 2025) states that the governing body must make sure that independent ' +
      'careers guidance is provided to all learners throughout their secondary education (11- to 18-year-olds) and ' +
      'learners aged up to 25 with an education, health and care plan, and that it is:',
  },
  {
    id: 'destinations',
    name: 'Destinations',
    // "Tracking learner Destinations".
    requirement:
      'Schools should collect and analyse education, training and employment destinations data for all learners.',
  },
];

/**
 * "The publishing of careers policy statements on the school's website": what the provider access policy statement
 * must include. (The seed's extraction makes the lead sentence a bullet too; it is left out here.)
 */
export const providerAccessPolicyContents: readonly string[] = [
  'An explanation of how the school will comply with the legal requirement to put on at least six encounters with ' +
    'providers of approved technical education qualifications or apprenticeships, including the times at which ' +
    'access is to be given.',
  'Any procedural requirements in relation to requests for access e.g., the main point of contact at the school to ' +
    'whom requests should be directed.',
  'Grounds for granting and refusing requests for access e.g., details of timetabled careers lessons, assemblies or ' +
    'careers events which providers may attend; and should include the safeguarding policy.',
  'Details of premises or facilities to be provided to a person who is given access e.g., rooms and resources to be ' +
    'made available in support of a provider visit.',
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
