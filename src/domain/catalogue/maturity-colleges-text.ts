/**
 * The colleges model's row text (seed 004, as maturity-colleges.ts): each row's four column descriptors, kept
 * apart from the outline so the review's first view does not load it. The descriptors follow the extraction's
 * reading order (column 1, 2, 3, 4); where a column boundary was not certain the choice is explained in a comment
 * beside the row. Words are verbatim: only white space has been re-flowed (lines broken mid-sentence joined with
 * one space, page-break white space and stray blank lines dropped); bulleted lines ("- ") stay lists with the
 * marker removed. The extraction does not keep paragraph spacing, so paragraph breaks inside a cell are
 * inferred: a new paragraph starts where a line ends a sentence and the next line starts a new one.
 *
 * The colleges document has no change log, so no row has a `purpose`; `rowPurpose` lends a row the schools row's
 * purpose (maturity-schools-text.ts) where the row id and title match, marked as borrowed so the views say it is
 * the schools model's.
 *
 * tests/unit/domain/catalogue/maturity-colleges.test.ts checks every string against the seed and that every row
 * of the outline has its text.
 */
import type { MaturityModelText } from './types';

export const collegesRowText: MaturityModelText = {
  '1.1': {
    // Column 2: "Career Leader training" (not "Careers Leader") is the source's wording, kept.
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'There is a named Careers Leader.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There is a named Careers Leader who has completed – or is in the process of completing – appropriate Career Leader training.',
        },
        {
          kind: 'paragraph',
          text: 'Their role is clear within the staffing structure, and they have sufficient time to fulfil their responsibilities.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Leadership of careers includes a trained Careers Leader with line management at senior leadership level.',
        },
        {
          kind: 'paragraph',
          text: 'Additionally, there is sufficient capacity and resources to deliver a strategic careers development plan.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Careers leadership is supported with specific training and is embedded across the staffing structure and within college development planning.',
        },
        {
          kind: 'paragraph',
          text: 'Systems and processes support a shared responsibility for delivery of careers across the college, enabled by clearly defined roles and responsibilities.',
        },
      ],
    ],
  },
  '1.2': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'There is a college vision that refers to preparing learners for their future.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The college vision includes specific reference to preparing learners for their future. There may be a related vision specifically for careers.',
        },
        {
          kind: 'paragraph',
          text: 'The vision, intent and priorities for the development of the careers provision are shared with senior leaders, governors and staff.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The vision(s) informs the priorities for the development of the careers provision as well as relevant sections of the whole college development plan.',
        },
        {
          kind: 'paragraph',
          text: 'Senior leaders, governors and staff understand the vision, intent and priorities for the development of the careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The vision(s) shapes the priorities for the development of the careers provision and informs all relevant areas of the college development plan.',
        },
        {
          kind: 'paragraph',
          text: 'It supports delivery of the college’s Local Skills Improvement Plans (LSIP) commitment statement.',
        },
        {
          kind: 'paragraph',
          text: 'Senior leaders, governors and staff understand and are accountable for achieving the vision, intent, and priorities of the careers provision, in alignment with wider college priorities.',
        },
      ],
    ],
  },
  '1.3': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'There is a cross-college careers development plan.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There is a strategic careers development plan that includes priorities for the continuous improvement of the careers provision (which includes cross-college careers roles and responsibilities).',
        },
      ],
      // AMBIGUOUS: "Careers is aligned with the college strategic plan …" could open column 4. Kept in
      // column 3: in the extraction it follows the column-3 sentence after a single line break (column
      // boundaries are blank lines), it wraps at column 3's wider width, and column 4's "Both the college
      // strategic plan …" would otherwise repeat it almost word for word.
      [
        {
          kind: 'paragraph',
          text: 'There is a strategic careers development plan in place, with objectives aligned to the college’s other priorities.',
        },
        {
          kind: 'paragraph',
          text: 'Careers is aligned with the college strategic plan and is an integral part of college development and improvement planning and activity. It is linked to the needs of local and regional business, local demographics, the Local Skills Improvement Plan (LSIP) and learner needs.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Both the college strategic plan and strategic careers plan are inter-related, placing careers at the heart of college life, reflective of the needs of local and regional business, local demographics, and learner needs.',
        },
      ],
    ],
  },
  '1.4': {
    // Column 3 repeats column 2's opening ("Oversight of careers is led by a member of the senior
    // leadership team") — that is the source's wording, kept.
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Careers is discussed with senior leadership team on an ad hoc basis.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Oversight of careers is led by a member of the senior leadership team, with clear line management of the named Careers Leader and other staff with careers responsibilities.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Oversight of careers is led by a member of the senior leadership team.',
        },
        {
          kind: 'paragraph',
          text: 'Careers features regularly in cross-college senior leadership team development planning and reporting.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Strategic careers planning and impact evaluation is led by a member of the senior leadership team and is embedded within whole college development planning, impact evaluation and reporting.',
        },
      ],
    ],
  },
  '1.5': {
    // Columns 2 and 3 both end "There may also be a named Careers Link Governor." — repeated in the source, kept.
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'There are ad hoc opportunities to consider careers provision at governing body meetings and report to governors.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There are regular and planned opportunities for governors to consider the aims and impact of the careers provision.',
        },
        {
          kind: 'paragraph',
          text: 'There may also be a named Careers Link Governor.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The aims and impact of the careers provision is considered alongside the strategic careers plan by governors.',
        },
        {
          kind: 'paragraph',
          text: 'There is a consistent approach to reporting within governing body meetings and/or a relevant sub-committee.',
        },
        {
          kind: 'paragraph',
          text: 'There may also be a named Careers Link Governor.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Governors and a named Careers Link Governor are able to consider the effectiveness of the careers provision in meeting the vision and strategic priorities for careers and for the whole college.',
        },
        {
          kind: 'paragraph',
          text: 'This is done through regularly scheduled reporting of progress and impact evaluation to the governing body and/or relevant sub-committee.',
        },
      ],
    ],
  },
  '1.6': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'The named Careers Leader meets with an Enterprise Co-ordinator and the college is part of a Careers Hub or other relevant community of practice.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The named Careers Leader regularly meets with an Enterprise Co-ordinator to review strategic careers development planning.',
        },
        {
          kind: 'paragraph',
          text: 'The college regularly engages with a Careers Hub or other relevant community of practice.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'College leadership is supported with strategic careers development planning from relevant Careers Hub colleagues.',
        },
        {
          kind: 'paragraph',
          text: 'The college actively contributes to the development of a Careers Hub or other relevant community of practice.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'College leadership is supported with strategic careers planning from relevant Careers Hub colleagues and the college leadership strategically engages with and contributes to a Careers Hub or other relevant community of practice.',
        },
      ],
    ],
  },
  '1.7': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'The college has a named Enterprise Adviser or is working with Enterprise Advisers.',
        },
      ],
      // "The Enterprise Adviser contributes …" follows the column-2 sentence after a single line break, so kept in column 2.
      [
        {
          kind: 'paragraph',
          text: 'The Careers Leader is supported and challenged by an Enterprise Adviser(s).',
        },
        {
          kind: 'paragraph',
          text: 'The Enterprise Adviser contributes to careers education, either in a specialist area of expertise in college or in a more strategic, cross-college role.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'An Enterprise Adviser(s) supports the senior leadership team to plan strategically and to evaluate impact, ensuring that careers provision is aligned to the priorities of the wider college and local community.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'An Enterprise Adviser(s) informs strategic careers development planning and impact evaluation. This is embedded in SLT whole college impact evaluation, development planning and reporting.',
        },
      ],
    ],
  },
  '2.1': {
    descriptors: [
      // The last list item keeps the source's full stop ("develop career readiness."); likewise in column 2.
      [
        {
          kind: 'paragraph',
          text: 'The careers provision for learners includes activity that contributes to supporting learners to:',
        },
        {
          kind: 'list',
          items: [
            'make aspirational and informed decisions',
            'make effective and sustained transitions',
            'develop career readiness.',
          ],
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'A documented careers learning journey is shared and understood. It includes progressive careers learning and activities that support learners to:',
        },
        {
          kind: 'list',
          items: [
            'make aspirational and informed decisions',
            'make effective and sustained transitions',
            'develop career readiness.',
          ],
        },
      ],
      // AMBIGUOUS: "Progressive careers-related learning outcomes inform …" could open column 4. Kept in
      // column 3 because column 4 opens with "Progressive, responsive and differentiated careers learning
      // journeys …" (differentiation marks column 4 throughout this document, cf. 3.7, 3.8, 4.6, 5.2, 5.3).
      [
        {
          kind: 'paragraph',
          text: 'Documented careers learning journeys that are planned, progressive and responsive are underpinned by relevant careers-related learning outcomes that show measurable intent for learners as leavers.',
        },
        {
          kind: 'paragraph',
          text: 'Progressive careers-related learning outcomes inform discrete careers-related learning, encounters with employers and providers, workplace experiences and personal guidance.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Progressive, responsive and differentiated careers learning journeys that are underpinned by relevant progressive careers-related learning outcomes, are informed by local and regional LMI, employers’ needs, college vision and priorities, impact evaluation and learner needs assessments.',
        },
      ],
    ],
  },
  '2.2': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Data and information about vulnerable and targeted groups/learners (e.g. those at risk of under achievement, disengagement, and/or NEET, LAC, FSM, or higher ability learners) is shared with the Careers Leader.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Data and information about vulnerable and targeted groups/learners is used by the Careers Leader to inform personal careers guidance provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Data and information about vulnerable and targeted groups/learners are analysed by relevant colleagues (e.g. SENCo, Careers Leader, curriculum teachers and pastoral leads) to personalise careers-related learning, personal careers guidance, encounters with employers and providers, and workplace experiences.',
        },
      ],
      // AMBIGUOUS: "There is evidence of differentiated approaches …" could end column 3. Placed in column
      // 4: columns 1–3 each open "Data and information about vulnerable …", this paragraph wraps at
      // column 4's narrower width, and the next sentence ("Impact evaluation of this intervention …") refers back to it.
      [
        {
          kind: 'paragraph',
          text: 'There is evidence of differentiated approaches to the measurable development of learner career readiness for identified vulnerable cohorts and individuals.',
        },
        {
          kind: 'paragraph',
          text: 'Impact evaluation of this intervention for vulnerable groups/learners is reported and informs future college development planning and reporting.',
        },
      ],
    ],
  },
  '2.3': {
    // Column 2, second list item begins "to record …" although the lead-in already ends "to:" — verbatim.
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Recording systems are used to capture careers activities and to track intended and actual destinations.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Recording systems are regularly updated by multiple users across the college to:',
        },
        {
          kind: 'list',
          items: [
            'record and evaluate activities',
            'to record intended and actual destinations data for all learners.',
          ],
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Up-to-date information from recording systems, plus related data on all learners, is used by the Careers Leader and senior managers to measure the impact of the careers provision and to inform continuous improvement and planning.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Up-to-date information from recording systems and related data on all learners is used by the Careers Leader, senior leadership team and governors to measure progress of the strategic careers development plan against objectives and to inform continuous improvement as well as evaluation and reporting.',
        },
      ],
    ],
  },
  '2.4': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Destinations data is collected to inform evaluation of the careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Destinations data is collected, analysed and reported on according to specific success criteria (intent). This could include outcomes for specific cohorts, breadth of destinations, aspiration, alignment to labour market, NEET, etc.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Destinations data is systematically collected and analysed against specific success criteria by senior leadership to inform evaluation, reporting and continuous improvement of the careers provision.',
        },
      ],
      // A page break falls inside this paragraph ("embedded in whole | college improvement work"); re-flowed.
      [
        {
          kind: 'paragraph',
          text: 'Destinations data is systematically collected and analysed against specific success criteria by senior leadership to inform impact evaluation, reporting and continuous improvement of the careers provision. It is also embedded in whole college improvement work aligned to college strategic skills plans and local and regional skills plans.',
        },
      ],
    ],
  },
  '2.5': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Learners’ perception of their career readiness is considered to inform evaluation of careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Learners’ perception of their career readiness is measured and analysed to inform continuous improvement of the careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Learners’ perception of their career readiness is measured and analysed by senior leadership to inform the evaluation, reporting and continuous improvement of the careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Learners’ perception of their career readiness is measured and considered by senior leadership to inform whole college development planning, impact evaluation and reporting.',
        },
      ],
    ],
  },
  '2.6': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Stakeholder voice is collected to inform evaluation of the careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Relevant stakeholder voice is collected and analysed to inform evaluation, reporting and continuous improvement of the careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Stakeholder voice is systematically and strategically collected and analysed by senior leadership to inform evaluation, reporting and continuous improvement of the careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All relevant stakeholder voice is systematically evaluated by senior leadership to inform impact evaluation, strategic development planning of careers and whole college development planning, impact evaluation and reporting.',
        },
      ],
    ],
  },
  '2.7': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Careers provision is structured with reference to relevant frameworks, policies and statutory guidance (e.g. Gatsby Benchmarks, CDI Framework, Careers Strategy, Provider Access Legislation, etc.).',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Careers provision and compliance is reviewed within internal (learning walks, 360s, etc.) and external quality assurance processes.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Quality assurance processes involve senior leaders and inform action planning and continuous improvement of the careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Insight and learning from quality assurance of careers informs both the continuous improvement of the careers provision and whole college development.',
        },
      ],
    ],
  },
  '3.1': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'The careers provision includes ad hoc opportunities for learners to receive information about labour market information (LMI).',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'A documented careers learning journey includes universal and targeted activities and careers learning that supports learners to access relevant LMI.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented careers learning journeys that are planned, progressive and responsive are underpinned by relevant careers-related learning outcomes that support learners to access, understand and evaluate relevant LMI.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Impact evaluation, relating to learners’ understanding of and ability to analyse LMI, is used by senior leadership to inform continuous improvement of careers and whole college development planning, impact evaluation and reporting.',
        },
      ],
    ],
  },
  '3.2': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'The careers provision includes ad hoc opportunities for learners to receive information about routes available to them.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'A documented careers learning journey includes universal and targeted activities, and careers learning. This supports learners to understand all the different routes at key transitions with equity, which are appropriate to their course and level of learning.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented careers learning journeys that are planned, progressive and responsive are underpinned by relevant careers-related learning outcomes that support learners at each key stage to evaluate all routes available at key transitions with equity.',
        },
      ],
      // AMBIGUOUS: "All learners are provided with equitable support to apply for different routes." could
      // end column 3. Placed in column 4, matching 3.4–3.6 where column 4 opens with a support statement
      // followed by "Impact evaluation …".
      [
        {
          kind: 'paragraph',
          text: 'All learners are provided with equitable support to apply for different routes.',
        },
        {
          kind: 'paragraph',
          text: 'Impact evaluation relating to learners’ equitable understanding of pathways at key transition stages is used by senior leadership to inform continuous improvement of careers and is embedded in whole college development planning.',
        },
      ],
    ],
  },
  '3.3': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'The careers provision includes ad hoc opportunities for learners to challenge misconceptions and stereotypes linked to pathways and opportunities available to them.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'A documented careers learning journey maps opportunities in each curriculum to challenge misconceptions and stereotypes linked to pathways and opportunities available to learners.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented careers learning journeys that are planned, progressive and responsive are underpinned by relevant careers-related learning outcomes that measurably challenge misconceptions and stereotypes linked to pathways and opportunities available to learners.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Impact evaluation relating to what learners know, understand and are able to do in relation to challenging misconceptions and stereotypes is used by senior leadership to inform continuous improvement of careers and is embedded in whole college development planning.',
        },
      ],
    ],
  },
  '3.4': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'All parents and carers receive information about local, regional and national labour market information (LMI) on an ad hoc basis, through a variety of channels.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All parents and carers receive information about what LMI is and why it is important, as well as local, regional and national information. This information is shared through a variety of channels and there is evidence of information and data being tailored to the needs of learners.',
        },
      ],
      // "There is evidence of how support is differentiated …" kept in column 3, as in 3.5 where the same
      // sentence follows the column-3 text after a single line break.
      [
        {
          kind: 'paragraph',
          text: 'Documented careers learning journeys that are planned, progressive and responsive are underpinned by relevant careers-related learning outcomes and are used to inform how parents and carers are regularly supported through a variety of channels to understand what the labour market is and how to access and interpret LMI.',
        },
        {
          kind: 'paragraph',
          text: 'There is evidence of how support is differentiated according to parent and carer context.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Support is provided to all parents and carers regularly and differentiated according to parent and carer and learner(s) needs and subject sector area.',
        },
        {
          kind: 'paragraph',
          text: 'Impact evaluation data relating to parent and carer engagement with, and understanding of how to access and use relevant LMI, is used to inform a whole college parental engagement strategy that includes supporting parents to make effective use of LMI.',
        },
      ],
    ],
  },
  '3.5': {
    // Columns 1 and 2 both end "Information is shared through a variety of channels." — repeated in the source, kept.
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'All parents and carers receive information on an ad hoc basis about which routes (including technical and vocational) are available to learners at key transitions.',
        },
        {
          kind: 'paragraph',
          text: 'Information is shared through a variety of channels.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All parents and carers are supported to understand the benefits of all routes available to learners at key transitions.',
        },
        {
          kind: 'paragraph',
          text: 'Information is shared through a variety of channels.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented careers learning journeys that are planned, progressive and responsive are underpinned by relevant careers-related learning outcomes that inform how all parents and carers are supported to evaluate with equity all routes available to learners at key transitions and to access and understand information on those routes. It also supports parents and carers to address any misconceptions and stereotypes.',
        },
        {
          kind: 'paragraph',
          text: 'There is evidence of how the support is differentiated according to parent and carer context.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Support is provided to all parents and carers, regularly and differentiated according to parent and carer and learner(s) need.',
        },
        {
          kind: 'paragraph',
          text: 'Impact evaluation data (relating to parent and carer engagement with, understanding of and attitudes towards all routes available to learners at key transitions) is used to inform a whole college parental engagement strategy that includes supporting parents to make effective use of information.',
        },
      ],
    ],
  },
  '3.6': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Teaching and pastoral staff receive information on an ad hoc basis about labour market information (LMI) and about which routes (including academic, technical and vocational) are available to learners at key transitions.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Teaching, pastoral and relevant support staff are regularly supported to understand how to access relevant LMI, understand the benefits of all routes available to learners at key transitions, including academic, technical and vocational.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Teaching, pastoral and relevant support staff are regularly supported to understand how to access relevant LMI, the benefits of all routes available to learners at key transitions (including academic, technical and vocational) and how to effectively signpost to learners for further support.',
        },
        {
          kind: 'paragraph',
          text: 'This informs a planned approach to supporting and enabling staff to have effective and unbiased careers conversations with learners as trusted adults.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Teaching, pastoral and relevant support staff receive appropriate learning and development to understand and make effective use of LMI and pathway knowledge.',
        },
        {
          kind: 'paragraph',
          text: 'Impact evaluation data (relating to staff engagement with, understanding of, and attitudes towards all routes available to learners at key transitions) is used to inform college improvement planning.',
        },
      ],
    ],
  },
  '3.7': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'The college engages with a range of providers to support careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The college identifies and engages with providers from all pathways available to learners (including academic, technical and vocational) at key transitions stages with equity.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented careers learning journeys that are planned, progressive and responsive are underpinned by relevant careers-related learning outcomes that include multiple opportunities for learners to engage with and learn from providers of all routes available at key transitions.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented, responsive and differentiated careers learning journeys, underpinned by relevant progressive careers-related learning outcomes, include multiple meaningful and progressive encounters with providers.',
        },
        {
          kind: 'paragraph',
          text: 'LMI, destinations data and learner career knowledge and skills analysis, along with regional skills needs, are used to identify and inform engagement with providers of all routes available.',
        },
      ],
    ],
  },
  '3.8': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Success stories are shared on an ad hoc basis across the college community and key stakeholders.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Success stories are deliberately and regularly shared across the college community and with stakeholders, showing success from all routes available at key transitions (including academic, technical and vocational).',
        },
      ],
      // "Stories may challenge stereotypes …" kept in column 3: column 4 opens "Documented, responsive and
      // differentiated …" as in 3.7.
      [
        {
          kind: 'paragraph',
          text: 'Documented careers learning journeys that are planned, progressive and responsive are underpinned by relevant careers-related learning outcomes that include success stories being deliberately and regularly shared across the college community, showing success from all routes available at key transitions, including academic, technical and vocational.',
        },
        {
          kind: 'paragraph',
          text: 'Stories may challenge stereotypes and demonstrate removal of barriers.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented, responsive and differentiated careers learning journeys, underpinned by relevant progressive careers-related learning outcomes, include multiple opportunities for learners to understand relevant success stories.',
        },
        {
          kind: 'paragraph',
          text: 'Impact evaluation, college vision and priorities, and learner needs assessments inform how and when success stories are shared.',
        },
      ],
    ],
  },
  '4.1': {
    // Column 2 reads "Discrete time for careers in learners’ timetables for careers education" and
    // "activities that supports" — verbatim. Columns 3 and 4 open with the same sentence in the source; kept.
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'There is discrete time in learners’ timetables for careers education. This includes activity that contributes to supporting learners to:',
        },
        {
          kind: 'list',
          items: [
            'make aspirational and informed decisions',
            'make effective and sustained transitions',
            'develop career readiness.',
          ],
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Discrete time for careers in learners’ timetables for careers education is structured and progressive, and includes progressive careers learning and activities that supports learners to:',
        },
        {
          kind: 'list',
          items: [
            'make aspirational and informed decisions',
            'make effective and sustained transitions',
            'develop career readiness.',
          ],
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Discrete time for careers education in learners’ timetables is structured around progressive, learner-centred, impact-driven, careers-related learning outcomes that are both universal and differentiated to learner need.',
        },
      ],
      // "impact-driven": the source breaks the line after the hyphen ("impact-\ndriven"); the hyphen is
      // genuine (cf. column 3), so the word is kept hyphenated and joined.
      [
        {
          kind: 'paragraph',
          text: 'Discrete time for careers education in learners’ timetables is structured around progressive, learner-centred, impact-driven, careers-related learning outcomes that are both universal and differentiated to learner need.',
        },
        {
          kind: 'paragraph',
          text: 'Progress in careers education is monitored and supported in line with other quality assurance processes in the college.',
        },
      ],
    ],
  },
  '4.2': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Curriculum delivery provides ad hoc opportunities for careers-related learning.',
        },
      ],
      // "careers-related" (here and in column 3) is broken after its hyphen at a line end in the source;
      // genuine hyphen, joined.
      [
        {
          kind: 'paragraph',
          text: 'There is an expectation that careers-related learning is planned and delivered, with support from employers, across all subjects and included in curriculum intent statements, schemes of work, lesson plans and evaluations.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Staff consistently work with employers to regularly embed delivery of specific careers-related learning outcomes in their subject.',
        },
        {
          kind: 'paragraph',
          text: 'These are evaluated for impact and, as a result, learners develop knowledge, skills and behaviours that build career readiness within their curriculum.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Quality assurance processes monitor the consistency and impact of how:',
        },
        {
          kind: 'list',
          items: [
            'Staff work in partnership with employers in curriculum planning (with a focus on alignment to LSIP)',
            'All staff consistently and regularly highlight the relevance of their subject to the world of work and careers',
            'All staff make links from their curriculum to careers, pathways and essential skills',
            'Staff embed learning in the context of the world of work or careers.',
          ],
        },
      ],
    ],
  },
  '4.3': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Quality of careers learning in the curriculum may be captured in an ad hoc or inconsistent way through existing quality assurance systems and processes.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Quality assurance systems and processes facilitate and enable staff to highlight, review and evaluate the quality of careers learning in the curriculum.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Regular and systematic evaluation of careers learning in the curriculum informs future planning of universal and differentiated careers learning outcomes. This develops knowledge, skills and behaviour that builds learners’ career readiness.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Quality assurance processes consider the consistency and impact of delivery of careers learning outcomes in the curriculum, in relation to the whole college quality improvement planning and achievement of LSIP commitments.',
        },
      ],
    ],
  },
  '4.4': {
    descriptors: [
      // AMBIGUOUS: the "published careers development plan and a careers delivery plan" paragraph reads
      // as more advanced than column 1, but it sits in column 1 in reading order and column 2 clearly
      // opens with "Careers has a recognisable profile across the college" (column 1: "in the college"). Kept in column 1.
      [
        {
          kind: 'paragraph',
          text: 'Careers has a recognisable profile in the college.',
        },
        {
          kind: 'paragraph',
          text: 'There is a published careers development plan and a careers delivery plan, both of which are universal and differentiated by curriculum area.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Careers has a recognisable profile across the college.',
        },
        {
          kind: 'paragraph',
          text: 'There is a shared definition and understanding of key roles and responsibilities for careers across college that is written into the strategic careers development or delivery plan.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Curriculum staff are supported to identify opportunities to explicitly develop knowledge, skills and behaviours that build learner career readiness relevant to their own curriculum.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The identification, development and measurement of knowledge, skills and behaviours that build learners’ career readiness within the curriculum is featured within staff learning and development, curriculum planning, quality assurance systems and processes, and as a feature of high-quality teaching across the college.',
        },
      ],
    ],
  },
  '4.5': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Staff receive information about labour market information (LMI) and progression routes available to learners on an ad hoc basis.',
        },
        {
          kind: 'paragraph',
          text: 'Opportunities exist for teacher encounters of the workplace or commercial updating.',
        },
      ],
      // "There is expectation that staff incorporate …" kept in column 2: column 3 opens "Staff are
      // supported through learning and development …", parallel with column 2's opening.
      [
        {
          kind: 'paragraph',
          text: 'Staff are regularly supported, through learning and development, to understand what the labour market is, how to access and interpret LMI, and all routes available to learners, including academic, technical and vocational.',
        },
        {
          kind: 'paragraph',
          text: 'Planned opportunities exist for teacher encounters of the workplace and commercial updating.',
        },
        {
          kind: 'paragraph',
          text: 'There is expectation that staff incorporate relevant LMI and insight from industry into their curriculum delivery.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Staff are supported through learning and development, teacher encounters and commercial updating to understand how to apply their knowledge and understanding of LMI and pathways to highlight the relevance of their subject and make regular links from the curriculum to careers and the world of work.',
        },
        {
          kind: 'paragraph',
          text: 'There is a measurable consistency of how this takes place across the curriculum.',
        },
      ],
      // "curriculum updating" (columns 1–3 say "commercial updating") is the source's wording, kept.
      [
        {
          kind: 'paragraph',
          text: 'Application of knowledge and understanding from learning and development (including teacher encounters and curriculum updating) and of LMI and pathways are embedded within curriculum planning, quality assurance systems and processes, and as a feature of high-quality teaching across the whole college.',
        },
      ],
    ],
  },
  '4.6': {
    // Column 2: "language and approach and to essential skills development" looks like a slip in the
    // source ("and approach to"?); kept verbatim.
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'There is an established language for essential skills in college.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There is a whole college consistent language and approach and to essential skills development.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented careers learning journeys that are planned, progressive and responsive are underpinned by relevant careers-related learning outcomes, that include a progressive and measurable approach to developing essential skills through the curriculum.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'A documented, responsive and differentiated careers learning journey, underpinned by relevant progressive careers-related learning outcomes, provides a measurable approach to developing essential skills through the curriculum.',
        },
        {
          kind: 'paragraph',
          text: 'Staff learning and development, and impact evaluation of essential skills development, informs continuous improvement of careers and whole college development planning and reporting.',
        },
      ],
    ],
  },
  '5.1': {
    // Columns 3 and 4 open with the same sentence ("Sustainable and collaborative relationships …").
    // The two copies wrap at different points in the extraction, so they are genuinely two cells; both kept.
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'The college engages with a range of employers, including those from key sectors regionally as well as those of interest to learners.',
        },
      ],
      // "Employers are involved in curriculum planning …" kept in column 2: column 3 opens with
      // "Sustainable and collaborative relationships …", as column 4 does.
      [
        {
          kind: 'paragraph',
          text: 'The college identifies and engages with employers, informed by relevant LMI and learner need, for a range of different purposes.',
        },
        {
          kind: 'paragraph',
          text: 'Employers are involved in curriculum planning, delivery and evaluation.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Sustainable and collaborative relationships have been built with employers, informed by relevant LMI, skills needs and supporting learner need.',
        },
        {
          kind: 'paragraph',
          text: 'Employers are engaged in all aspects of college life including governance, curriculum planning across all subjects, implementation and impact evaluation.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Sustainable and collaborative relationships have been built with employers, informed by relevant LMI, skills needs and supporting learner need.',
        },
        {
          kind: 'paragraph',
          text: 'Employers are engaged on a strategic and operational level to ensure informed strategic planning, curriculum planning across all subjects, and industry standard / high quality teaching and learning.',
        },
        {
          kind: 'paragraph',
          text: 'Innovative approaches have been used to develop effective employer-college working relationships.',
        },
        {
          kind: 'paragraph',
          text: 'Evaluation informs whole college quality improvement planning.',
        },
      ],
    ],
  },
  '5.2': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'There are ad hoc employer encounters for learners including careers fairs, etc.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All learners engage in progressive meaningful encounters with employers.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented careers learning journeys that are planned, progressive and responsive are underpinned by relevant careers-related learning outcomes and include multiple meaningful encounters with employers.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'A documented, responsive and differentiated careers learning journey, underpinned by relevant progressive careers-related learning outcomes, includes multiple meaningful and progressive employer encounters within each curriculum area.',
        },
        {
          kind: 'paragraph',
          text: 'Impact evaluation, college vision and priorities, learner needs assessments and regional skills needs inform multiple meaningful encounters with employers within each curriculum area.',
        },
      ],
    ],
  },
  '5.3': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Workplace experiences are offered to learners.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All learners access workplace experience(s).',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented careers learning journeys that are planned, progressive and responsive are underpinned by relevant careers-related learning outcomes that include multiple meaningful experiences of the workplace.',
        },
      ],
      // A page break falls inside the last paragraph ("inform multiple | meaningful workplace"); re-flowed.
      [
        {
          kind: 'paragraph',
          text: 'A documented, responsive and differentiated careers learning journey, underpinned by relevant progressive careers-related learning outcomes, includes multiple meaningful and progressive workplace experiences within each curriculum area.',
        },
        {
          kind: 'paragraph',
          text: 'Impact evaluation, college vision and priorities, learner needs assessments and regional skills needs inform multiple meaningful workplace experiences within each curriculum area.',
        },
      ],
    ],
  },
  '6.1': {
    // Columns 2, 3 and 4 all open "All learners are supported to engage in personal guidance interviews." — verbatim.
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Learners have the opportunity to engage in a personal guidance interview. All parents and carers are informed that this opportunity is available.',
        },
      ],
      // The source has a narrow no-break space (U+202F) in "monitored, with"; written as an ordinary space.
      [
        {
          kind: 'paragraph',
          text: 'All learners are supported to engage in personal guidance interviews. Engagement is tracked and monitored, with relevant information being shared as appropriate.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All learners are supported to engage in personal guidance interviews. Systems are in place to identify learner guidance needs, manage referrals and track engagement and impact. There are clear protocols in place to share information as appropriate.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All learners are supported to engage in personal guidance interviews.',
        },
        {
          kind: 'paragraph',
          text: 'Processes for identifying learners’ personal guidance needs and information sharing are embedded within whole college approaches to address the needs of all learners, particularly the most vulnerable.',
        },
      ],
    ],
  },
  '6.2': {
    // AMBIGUOUS: the source gives only five paragraphs for this row's four columns. Resolved by sense:
    // column 1 = interviews well-timed + parents and carers informed (same learner + parent shape as 6.1
    // column 1); column 2 = the second "Personal guidance interviews …" paragraph; column 3 = staff L&D and
    // parent/carer engagement "mapped to support this"; column 4 = "Approaches … differentiated …". This
    // keeps reading order and leaves no column empty. Alternative reading: column 2 = "Parents and carers
    // are informed …" alone, with the next two paragraphs together in column 3.
    descriptors: [
      // "well-timed" is broken after its hyphen at a line end in the source; genuine hyphen, joined.
      [
        {
          kind: 'paragraph',
          text: 'Personal guidance interviews are well-timed to support learners to prepare for key transitions and are embedded within a structured approach to careers activity.',
        },
        {
          kind: 'paragraph',
          text: 'Parents and carers are informed ahead of time and have the opportunity to ask questions.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Personal guidance interviews and learner preparation and reflection are well-timed and are embedded within a careers learning journey.',
        },
      ],
      // The source has a narrow no-break space (U+202F) in "mapped to"; written as an ordinary space.
      [
        {
          kind: 'paragraph',
          text: 'Relevant staff learning and development, and parent and carer engagement, are mapped to support this. All parents and carers are supported to have a clear role in helping learners to prepare and reflect on their interviews.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Approaches to personal guidance are differentiated in response to impact evaluation data in the context of college development planning, impact evaluation and reporting. The role of all parents and carers in supporting learners to engage in personal guidance is carefully thought through and mapped within this.',
        },
      ],
    ],
  },
  '6.3': {
    // Column 3 says "systemically", column 4 "systematically"; both verbatim. These two cells use a straight
    // apostrophe ("learners'") where the rest of the document uses ’; kept as in the source.
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Impartial personal guidance is provided by an appropriately qualified careers adviser.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There is evidence of evaluation of the impact of impartial personal guidance provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: "Impartial personal guidance provision and learners' engagement with the provision is regularly and systemically reviewed and evaluated.",
        },
      ],
      [
        {
          kind: 'paragraph',
          text: "Impartial personal guidance provision and learners' engagement is regularly and systematically reviewed and evaluated by senior leadership to inform whole college development planning.",
        },
      ],
    ],
  },
};
