import type { SignOff, StatutoryRecord } from '../statutory/types';
import { policyContentChoices, trainingChoices } from './choices';
import { Fields, pickAt } from './fields';
import type { ValidationResult } from './result';
import { readAcademicYear } from './academic-year';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the school records against its statutory duties. People and the policy are optional until known. */
export function validateStatutoryRecord(input: unknown): ValidationResult<StatutoryRecord> {
  const f = new Fields(input);
  const institutionId = f.text('institutionId', 'Institution', { required: true });
  const careersLeader = present(f, 'careersLeader') ? readCareersLeader(f.nested('careersLeader')) : undefined;
  const seniorLeader = present(f, 'seniorLeader') ? readPerson(f.nested('seniorLeader'), "Senior leader's name") : undefined;
  const explicitBacking = present(f, 'explicitBacking') ? readBacking(f.nested('explicitBacking')) : undefined;
  const linkGovernor = present(f, 'linkGovernor') ? readPerson(f.nested('linkGovernor'), "Link Governor's name") : undefined;
  const providerAccessPolicy = present(f, 'providerAccessPolicy') ? readPolicy(f.nested('providerAccessPolicy')) : undefined;

  const info = f.nested('publishedInformation');
  const publishedUrl = info.url('url', 'Web address of the careers information');
  const publishedOn = info.date('publishedOn', 'Date the careers information was published');
  const careersLeaderContact = info.boolean(
    'careersLeaderContact',
    "Careers Leader's name and contact details published",
    { default: false },
  );
  const programmeSummary = info.boolean('programmeSummary', 'Careers programme summary published', { default: false });
  const impactMeasurement = info.boolean('impactMeasurement', 'How impact is measured published', { default: false });
  const nextReviewDate = info.date('nextReviewDate', 'Date of the next review');

  const guidance = f.nested('impartialGuidance');
  const provided = guidance.boolean('provided', 'Impartial guidance provided', { default: false });
  const adviser = guidance.text('adviser', 'Careers adviser');
  const destinationsCollected = f.boolean('destinationsCollected', 'Destinations collected', { default: false });
  const academicYear = readAcademicYear(f);

  return f.result(() => ({
    institutionId: institutionId!,
    ...(academicYear ? { academicYear } : {}),
    ...(careersLeader ? { careersLeader } : {}),
    ...(seniorLeader ? { seniorLeader } : {}),
    ...(explicitBacking ? { explicitBacking } : {}),
    ...(linkGovernor ? { linkGovernor } : {}),
    ...(providerAccessPolicy ? { providerAccessPolicy } : {}),
    publishedInformation: {
      ...(publishedUrl !== undefined ? { url: publishedUrl } : {}),
      ...(publishedOn !== undefined ? { publishedOn } : {}),
      careersLeaderContact: careersLeaderContact!,
      programmeSummary: programmeSummary!,
      impactMeasurement: impactMeasurement!,
      ...(nextReviewDate !== undefined ? { nextReviewDate } : {}),
    },
    impartialGuidance: { provided: provided!, ...(adviser !== undefined ? { adviser } : {}) },
    destinationsCollected: destinationsCollected!,
  }));
}

const present = (f: Fields, name: string): boolean => f.raw(name) !== undefined && f.raw(name) !== null;

function readCareersLeader(f: Fields): StatutoryRecord['careersLeader'] {
  const name = f.text('name', "Careers Leader's name", { required: true });
  const email = f.text('email', "Careers Leader's email address", { required: true });
  if (email !== undefined && !EMAIL.test(email)) {
    f.fail('email', "Careers Leader's email address must look like name@school.org.uk.");
  }
  const training = f.oneOf('training', 'Careers Leader training', trainingChoices);
  return name && email && training ? { name, email, training } : undefined;
}

function readPerson(f: Fields, label: string): { name: string } | undefined {
  const name = f.text('name', label, { required: true });
  return name ? { name } : undefined;
}

function readBacking(f: Fields): StatutoryRecord['explicitBacking'] {
  const how = f.text('how', 'How leaders and governors give explicit backing', { required: true });
  const date = f.date('date', 'Date of the explicit backing');
  return how ? { how, ...(date !== undefined ? { date } : {}) } : undefined;
}

function readPolicy(f: Fields): StatutoryRecord['providerAccessPolicy'] {
  const url = f.url('url', 'Web address of the provider access policy statement', { required: true });
  const published = f.boolean('published', 'Provider access policy published', { default: false });
  const contents = f.list('contents', 'What the policy statement includes', (v, path) => pickAt(f, v, path, 'What the policy statement includes', policyContentChoices));
  const signOff = present(f, 'signOff') ? readSignOff(f.nested('signOff')) : undefined;
  if (url === undefined || published === undefined) return undefined;
  // Kept in the catalogue's order, so the same contents always read the same.
  const ordered = policyContentChoices.map((c) => c.value).filter((id) => contents.includes(id));
  return { url, published, ...(ordered.length > 0 ? { contents: ordered } : {}), ...(signOff ? { signOff } : {}) };
}

/** "signed off in agreement with the governing body": both who and when, or neither. */
function readSignOff(f: Fields): SignOff | undefined {
  const by = f.text('by', 'Who signed the policy statement off', { required: true });
  const date = f.date('date', 'Date the policy statement was signed off', { required: true });
  return by && date ? { by, date } : undefined;
}
