// Source: seed 003 (Governors' guide), "Careers Context and The Gatsby Benchmarks", "Prompt questions to support
// conversations with Careers Leaders" and "Key strategic questions to support and challenge leaders".
import type { GatsbyBenchmark } from './types';

/**
 * The eight Gatsby Benchmarks as the governors' guide lists them, with the Link Governor's prompt questions for each.
 * Statements are seed 003's (seed 001 quotes a slightly different wording of Benchmark 1; the governors' guide wins).
 */
export const benchmarks: readonly GatsbyBenchmark[] = [
  {
    number: 1,
    name: 'A stable careers programme',
    statement:
      'Every school should have an embedded programme of career education and guidance that is known and ' +
      'understood by learners, parents, teachers, employers and other agencies.',
    promptQuestions: [
      'Are there clear mechanisms in place for ensuring the quality of provision? For example, has the leadership ' +
        'team undertaken a Careers Impact System internal leadership review and is progress reported on in a full ' +
        'Governing Body meeting effectively?',
      'How do you know careers provision is responsive to the needs of learners, sequenced appropriately, ' +
        'underpinned by learning outcomes and linked to the whole-school development plan?',
      'To what extent is the strategic plan for stakeholder feedback and parental engagement in careers linked to ' +
        'the whole school plan? How has this feedback impacted on the plans for future provision?',
    ],
  },
  {
    number: 2,
    name: 'Learning from career and labour market information',
    statement:
      'All pupils, parents and carers, teachers and staff who support pupils should have access to good-quality, ' +
      'up-to-date information about future pathways, study options and labour market opportunities. Young people ' +
      'with special educational needs and disabilities (SEND) and their parents and carers may require different or ' +
      'additional information. All pupils will need the support of an informed adviser to make the best use of ' +
      'available information.',
    promptQuestions: [
      'How is the school using local, regional and national labour market intelligence (LMI) to inform decision ' +
        'making and promote progression?',
      'How effectively is LMI being communicated to learners and their parents and carers and are they supported in ' +
        'how to access and use this information to inform decision making? What evidence is there that they are ' +
        'using this intelligence to inform their decision making?',
      'Does the Careers Leader make use of the Careers Hub for local LMI information?',
    ],
  },
  {
    number: 3,
    name: 'Addressing the needs of each young person',
    // "tailored to the needs of each pupils" is the seed's wording; kept as written.
    statement:
      'Pupils have different career guidance needs at different stages. Careers programmes should help pupils ' +
      'navigate their concerns about any barriers to career progression. In addition, opportunities should be ' +
      'tailored to the needs of each pupils, including any additional needs of vulnerable and disadvantaged pupils, ' +
      'young people with SEND and those who are absent.',
    promptQuestions: [
      // The seed links "Future Skills Questionnaire"; the link mark-up is removed.
      'How effectively is the school measuring learner careers readiness at key points of transition, for example, ' +
        'through the Future Skills Questionnaire, the use of which is strongly recommended in Statutory Guidance? ' +
        'How are the findings from this used to inform the development of the careers provision and to tailor ' +
        'provision based on individual and cohort need?',
      'How effectively is the school collecting, analysing and improving destinations data (including sustained ' +
        'destinations)? How effectively is the data being used to evaluate the success of the careers provision, ' +
        'adapt future provision or to inform personalised support?',
      'How effectively does the school use digital tracking to ensure all learners are engaging with opportunities ' +
        'provided as part of the careers provision? Are systematic records kept of the participation of learners in ' +
        'all aspects of their careers provision, including the individual advice given to each learner and any ' +
        'subsequent agreed decisions?',
    ],
  },
  {
    number: 4,
    name: 'Linking curriculum learning to careers',
    statement:
      "As part of the school's programme of careers education, all teachers should link curriculum learning with " +
      'careers. Subject teachers should highlight the progression routes for their subject and the relevance of the ' +
      'knowledge and skills developed in their subject for a wide range of career pathways.',
    promptQuestions: [
      'How is a clear strategy on careers provision communicated and embedded across the school and what evidence ' +
        "is there that Heads of Department/Subject Leads are engaged with the school's Careers Strategy?",
      'What evidence is there, that every learner, every year, in every subject, has the opportunity to learn ' +
        'sequentially, how the knowledge and skills developed in that subject helps people in a wide range of careers?',
      "What are the plans for careers to form part of the school's ongoing staff development programme?",
    ],
  },
  {
    number: 5,
    name: 'Encounters with employers and employees',
    statement:
      'Every pupil should have multiple opportunities to learn from employers about work, employment and the skills ' +
      'that are valued in the workplace. This can be through a range of enrichment opportunities including visiting ' +
      "speakers, mentoring and enterprise schemes, and could include learners' own part-time employment where it " +
      'exists.',
    promptQuestions: [
      'What evidence is there, that each and every learner has a meaningful encounter with an employer every year ' +
        'from the age of 11?',
      'How does the school know all encounters are meaningful and impactful?',
      // The third bullet under Benchmark 5 is a prompt to act rather than a question; it is kept because the seed
      // lists it among the prompts. The guide's title is a link in the seed; the link mark-up is removed.
      "Encourage the use of this guide, 'Understanding how to embed progressive employer encounters and work " +
        "experiences' published by the CEC.",
    ],
  },
  {
    number: 6,
    name: 'Experiences of workplaces',
    statement:
      'Every learner should have first-hand experiences of the workplace to help their exploration of career ' +
      'opportunities and expand their networks.',
    // The paragraph after these bullets ("Institutions should begin to prepare and introduce multiple, meaningful
    // and varied experiences …") is a note, not a prompt, and is left out.
    promptQuestions: [
      "How well is the school preparing for the Government's ambition to introduce a guarantee of two weeks' worth " +
        'of work experience during key stages 3 and 4?',
      'How does the school know all experiences are meaningful and impactful?',
      'How are learners, particularly more disadvantaged learners, being supported to expand their networks?',
    ],
  },
  {
    number: 7,
    name: 'Encounters with further and higher education',
    statement:
      'All pupils should understand the full range of learning opportunities that are available to them, including ' +
      'academic, technical and vocational routes. This should incorporate learning in schools, colleges, independent ' +
      'training providers (ITPs), universities and in the workplace.',
    promptQuestions: [
      'Are learners and their parents and carers introduced to all pathway options early and with equity?',
      'Do all learners have an opportunity to visit Further and Higher Education institutions to meet staff and ' +
        'learners? If the school has a sixth form, how can impartiality be demonstrated for learners making Post 16 ' +
        'choices?',
      'Are there plans in place for providing the required number of encounters with further education and training ' +
        'providers, as detailed in the provider access legislation?',
    ],
  },
  {
    number: 8,
    name: 'Personal guidance',
    statement:
      'Every pupil should have opportunities for guidance meetings with a careers adviser who could be internal (a ' +
      'member of school staff) or external, provided they are trained to an appropriate level. These meetings should ' +
      'be available for all pupils whenever significant study or career choices are being made. They should be ' +
      'expected for all pupils but should be scheduled to meet their individual needs. The careers leader should ' +
      'work closely with the careers adviser, SEND coordinator and other key staff to ensure personal guidance is ' +
      'effective and embedded in the careers programme.',
    promptQuestions: [
      'How is personal guidance quality assured to ensure that it is effective?',
      'Is personal guidance delivered by a suitably qualified individual and presented in an impartial manner, ' +
        'promoting the best interests of the individual, showing no bias or favouritism towards a particular ' +
        'institution, education pathway or occupation?',
      'Are learners, parents and carers being given sufficient information about personal guidance support and how ' +
        'to access it, including through the website?',
    ],
  },
];

export interface KeyStrategicQuestionGroup {
  /** The seed's sub-heading. */
  readonly heading: string;
  readonly questions: readonly string[];
}

/** The key strategic questions under the seed's four sub-headings, in order. */
export const keyStrategicQuestionGroups: readonly KeyStrategicQuestionGroup[] = [
  {
    heading: 'Legal requirements and other expectations',
    questions: [
      'Have the school leaders informed the Governing Body of its legal and other requirements with regard to career ' +
        "guidance, and the expectations in the DfE's latest guidance?",
      'Does the school comply with its legal requirements and other responsibilities for career guidance, and are ' +
        'these reflected in the careers policy?',
      'Do all learners have the opportunity to engage with further and higher education, apprenticeships and other ' +
        'routes to employment?',
    ],
  },
  {
    heading: 'Strategic oversight',
    questions: [
      // "and it is engaged" is the seed's wording; kept as written.
      'Is the Governing Body fully aware of the careers provision and it is engaged in the evaluation of the careers ' +
        'provision?',
      'Is there a strategic careers plan?',
      'How frequently is it discussed at Governing Body meetings?',
      "Is it aligned with the school's strategic priorities?",
      'Has the school undertaken a Careers Impact internal leadership review? Is completion of the review in line ' +
        "with the school's strategic planning cycle?",
    ],
  },
  {
    heading: 'Leadership of careers',
    questions: [
      'Who in the senior leadership team is responsible for careers, and which staff members have defined roles in ' +
        'this area?',
      'Is the Careers Leader adequately trained, resourced, and are their details and the careers programme ' +
        "information accessible and up-to-date on the school's website?",
      'How often does the Careers Leader report to the senior leadership team and Governing Body, and is there a ' +
        'Link Governor for careers who meets regularly with the Careers Leader?',
    ],
  },
  {
    heading: 'Quality assurance',
    questions: [
      "How is the effectiveness of the school's careers provision evaluated, and what evidence supports this?",
      'Does the careers provision meet the needs of all learners, including vulnerable or disadvantaged students, ' +
        'and how does it compare to national and regional standards?',
      // Ends with a full stop in the seed; kept as written.
      'Is sufficient time allocated to whole-staff CPD to support them to link curriculum learning to careers and to ' +
        'have effective careers conversations with learners, parents and carers.',
    ],
  },
];

/**
 * The key strategic questions, flat and in the seed's order (the seed groups them under four sub-headings; see
 * `keyStrategicQuestionGroups`). The two bold questions in the seed's "Careers as a driver for school improvement"
 * section are not part of this list.
 */
export const keyStrategicQuestions: readonly string[] = keyStrategicQuestionGroups.flatMap((g) => g.questions);
