/**
 * The schools model's row text (seed 002, as maturity-schools.ts): each row's four column descriptors, from the
 * model's tables, and its purpose, the "Purpose of the row" cell of Appendix 1 (the Change Log). Kept apart from
 * the outline so the review's first view does not load it. Words are verbatim: only white space has been
 * re-flowed; bulleted lists stay lists. tests/unit/domain/catalogue/maturity-schools.test.ts checks every string
 * against the seed and that every row of the outline has its text.
 */
import type { MaturityModelText } from './types';

export const schoolsRowText: MaturityModelText = {
  '1.1': {
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
          text: 'There is a named Careers Leader who has completed, or is in the process of completing, appropriate Careers Leader training.',
        },
        {
          kind: 'paragraph',
          text: 'Their role is defined within the staffing structure, and allocated time is identified for carrying out responsibilities.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Leadership of careers includes a trained Careers Leader with line management at senior leadership level.',
        },
        {
          kind: 'paragraph',
          text: 'There is sufficient capacity and resources to deliver a strategic careers development plan.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Careers leadership is embedded across the staffing structure, supported by specific training for the Careers Leader and wider colleagues.',
        },
        {
          kind: 'paragraph',
          text: 'The strategic careers plan is systematically integrated into whole-setting development planning and is enacted through clear, well established systems and processes.',
        },
        {
          kind: 'paragraph',
          text: 'Roles and responsibilities for careers are defined and distributed across the setting, describing an approach that supports coherence, consistency and sustainability in careers provision.',
        },
      ],
    ],
    purpose: 'To describe how leadership of careers is structured, resourced and embedded across the school or specialist setting to support coherence, sustainability and strategic oversight.',
  },
  '1.2': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'There is a school or specialist setting vision that refers to preparing learners for their future.',
        },
        {
          kind: 'paragraph',
          text: 'The vision, intent and priorities for the development of the careers provision are occasionally shared with the senior leadership team, governors and/or staff.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The school or specialist setting vision includes reference to preparing learners for their future. A related careers specific vision may also be in place.',
        },
        {
          kind: 'paragraph',
          text: 'The vision, intent and priorities for the development of the careers provision are regularly shared with the senior leadership team, governors and staff.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'A vision for careers is developed in partnership with relevant senior leaders and informs priorities for the development of the careers provision, including relevant sections of the whole-setting development plan.',
        },
        {
          kind: 'paragraph',
          text: 'Senior leaders, governors and staff understand the vision, intent and priorities for careers and routinely refer to them in leadership, planning and review discussions.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: "The vision for careers shapes priorities for the development of the careers provision and informs all relevant areas of the setting's development plan.",
        },
        {
          kind: 'paragraph',
          text: 'Senior leaders, governors and staff systematically communicate the vision, intent and priorities for careers and are collectively accountable for their ongoing realisation, with explicit alignment to whole-setting development planning, evaluation and reporting processes.',
        },
      ],
    ],
    purpose: 'To describe how leaders articulate, share and embed a clear vision, intent and priorities for careers within whole-setting planning, leadership and governance arrangements.',
  },
  '1.3': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'There is a careers development plan.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There is a strategic careers development plan that sets out priorities for the development of the careers provision and outlines careers roles and responsibilities.',
        },
        {
          kind: 'paragraph',
          text: 'The plan is regularly referenced within leadership discussions relating to careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: "There is a strategic careers development plan that positions learners as future leavers and aligns careers provision with the school or specialist setting's vision, improvement priorities and the wider employment and skills landscape.",
        },
        {
          kind: 'paragraph',
          text: 'Careers planning and related activity are routinely referenced within senior leadership discussions and planning processes, including in relation to wider organisational considerations such as aspiration, learner engagement, attendance, inclusion, parental engagement and transitions, including NEET prevention.',
        },
        {
          kind: 'paragraph',
          text: 'Careers features within the whole-setting development plan and is considered alongside other curriculum and pastoral planning activity.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There is a strategic careers development plan that is systematically monitored and reviewed through senior leadership and governance arrangements, aligned with whole-setting development priorities and regional and national employment and skills needs.',
        },
        {
          kind: 'paragraph',
          text: 'Careers is embedded within whole-setting planning arrangements, including curriculum planning, and is positioned within formal leadership and governance processes as a tactical enabler in relation to organisational priorities such as learner engagement, inclusion, transitions and future progression.',
        },
        {
          kind: 'paragraph',
          text: 'Careers provision is planned, reviewed and refined through a coherent, cross-setting approach, drawing on Labour Market Information, curriculum intent, employer engagement activity and learner-level information to support progression across pathways, including for learners who may require additional or differentiated support.',
        },
      ],
    ],
    purpose: 'To describe how strategic careers planning is structured, reviewed and integrated within whole-setting leadership, planning and governance arrangements.',
  },
  '1.4': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Careers provision is established within the school or specialist setting and is discussed occasionally by senior leaders as part of wider conversations about learner experience and provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'A senior leader has responsibility for careers, providing leadership direction and structured line management for the Careers Leader and other colleagues with careers responsibilities.',
        },
        {
          kind: 'paragraph',
          text: 'Careers features regularly within senior leadership discussions and planning processes, with developing systems used to support visibility and alignment with wider school or specialist setting priorities.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Careers leadership is well established, with a senior leader accountable for the strategic careers development plan as part of regular senior leadership planning and reporting.',
        },
        {
          kind: 'paragraph',
          text: 'Careers provision is routinely incorporated within leadership approaches, planning cycles and systems, and referenced in relation to wider priorities such as aspiration, learner engagement, attendance, inclusion, parental engagement and transitions, including NEET prevention.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Strategic leadership of careers is embedded within whole-setting development, review and reporting processes.',
        },
        {
          kind: 'paragraph',
          text: 'Careers leadership informs senior level decision making, with reference to insight from careers data and learner outcomes alongside other leadership information.',
        },
        {
          kind: 'paragraph',
          text: 'Careers provision is positioned as part of a whole-setting approach to improvement, with sustained alignment across whole-setting development planning, evaluation and reporting processes, and consideration of longer-term learner destinations.',
        },
      ],
    ],
    purpose: 'To describe how strategic leadership of careers is integrated and sustained within senior leadership decision-making, planning and whole-setting improvement processes.',
  },
  '1.5': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Governors receive occasional updates or reports on careers provision, for example through agenda items or written papers.',
        },
        {
          kind: 'paragraph',
          text: 'Data and qualitative information may be included.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Governors regularly review the stated aims of careers provision and emerging information relating to delivery.',
        },
        {
          kind: 'paragraph',
          text: 'A named Careers Link Governor may be in place.',
        },
        {
          kind: 'paragraph',
          text: 'Data and qualitative insight are used regularly by governors to inform discussion in line with the strategic careers development plan.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Governors routinely consider careers provision alongside the strategic careers development plan.',
        },
        {
          kind: 'paragraph',
          text: 'A consistent approach to reporting is embedded through full governing body meetings and/or a relevant sub committee.',
        },
        {
          kind: 'paragraph',
          text: 'The Careers Link Governor draws on agreed data sources and evaluation activity to support reporting and discussion.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: "Governors, led by the Careers Link Governor, systematically review careers provision in relation to the setting's vision and strategic priorities.",
        },
        {
          kind: 'paragraph',
          text: 'This takes place through planned and scheduled reviews using defined data sets, evaluation activity and wider contextual information.',
        },
        {
          kind: 'paragraph',
          text: 'The Careers Leader, governors and relevant external partners (e.g. an Enterprise Adviser) contribute to agreed review processes through governing body meetings and/or a relevant sub committee.',
        },
      ],
    ],
    purpose: 'To describe how governors/board provide informed support and challenge for careers provision through structured oversight, review and strategic alignment.',
  },
  '1.6': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'The named Careers Leader occasionally meets with a Careers Hub colleague(s), and the school or specialist setting is part of a Careers Hub or other relevant community of practice.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The named Careers Leader regularly meets with a relevant Careers Hub colleague to review strategic careers development planning.',
        },
        {
          kind: 'paragraph',
          text: 'The school or specialist setting regularly engages with a Careers Hub or relevant community of practice and participates in peer review activity when available.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Senior leaders routinely access strategic support for careers development planning from relevant Careers Hub colleagues.',
        },
        {
          kind: 'paragraph',
          text: 'The school or specialist setting demonstrates active and planned engagement with the Careers Hub or other community of practice.',
        },
        {
          kind: 'paragraph',
          text: 'The school or specialist setting contributes to shared activity and participates in peer review processes as part of its ongoing engagement.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Senior leaders systematically access strategic careers development planning support from relevant Careers Hub colleagues.',
        },
        {
          kind: 'paragraph',
          text: 'The school or specialist setting actively engages with and contributes to the Careers Hub or other relevant community of practice at a system-level.',
        },
        {
          kind: 'paragraph',
          text: 'Leaders participate in agreed network wide activity, including peer review and shared planning processes, as part of sustained engagement across the network.',
        },
      ],
    ],
    purpose: 'To describe how engagement with the national Careers Hub network and other relevant careers networks supports strategic careers planning, collaboration and continuous development.',
  },
  '1.7': {
    descriptors: [
      [
        // 'special school' (not 'specialist setting') is as in the source; kept verbatim.
        {
          kind: 'paragraph',
          text: 'The school or special school knows how to access Enterprise Advisers or business volunteers and can identify the types of skills, experience and business insight it is seeking to support careers provision and employer engagement activity.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The school or specialist setting has a named Enterprise Adviser, or regularly works with one or more Enterprise Advisers or business volunteers, who provide business insight and expertise to help shape and develop the careers provision.',
        },
        {
          kind: 'paragraph',
          text: 'Engagement may include early consideration of employer perspectives alongside careers activity and emerging curriculum priorities.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Enterprise Advisers or business volunteers routinely work with senior leaders and the Careers Leader as part of planned and sustained careers development activity.',
        },
        {
          kind: 'paragraph',
          text: 'This engagement contributes to strategic careers planning, employer engagement activity and informed discussion about curriculum relevance and alignment with workforce demand.',
        },
        {
          kind: 'paragraph',
          text: 'Enterprise Adviser and business volunteer input is referenced within leadership review processes relating to learner progression and skills priorities.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Senior leaders systematically seek and use regular input from Enterprise Advisers or business volunteers.',
        },
        {
          kind: 'paragraph',
          text: 'This input is embedded within agreed leadership and governance structures supporting:',
        },
        {
          kind: 'list',
          items: [
            'strategic careers planning',
            'employer and provider engagement activity',
            'curriculum planning and enrichment, ensuring learning is informed by the world of work and emerging skills priorities',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Enterprise Adviser and business volunteer engagement is reflected within whole-setting development planning, review and reporting arrangements, supporting coherence between careers provision, curriculum intent and local, regional and national skills contexts.',
        },
      ],
    ],
    purpose: 'To describe how Enterprise Advisers or business volunteers are accessed, engaged and embedded to provide business insight, challenge and strategic support for careers provision.',
  },
  '2.1': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'The careers provision includes occasional activity that supports learners to:',
        },
        {
          kind: 'list',
          items: [
            'make aspirational and informed decisions',
            'make effective and sustained transitions',
            'develop career readiness',
          ],
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'A documented careers learning journey is regularly shared with learners, staff and parents and carers.',
        },
        {
          kind: 'paragraph',
          text: 'It outlines the careers provision available to learners, including activity that supports learners to:',
        },
        {
          kind: 'list',
          items: [
            'make aspirational and informed decisions',
            'make effective and sustained transitions',
            'develop career readiness',
          ],
        },
        {
          kind: 'paragraph',
          text: 'The careers provision is reviewed and adjusted to support learners who may require additional support.',
        },
        {
          kind: 'paragraph',
          text: 'Staff consider connections between careers learning, pastoral provision and SEND provision where appropriate.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented and responsive careers learning journeys are in place for all learners. They include sequenced careers-related learning outcomes that set out what learners should know, understand and be able to do at identified points in their learning.',
        },
        {
          kind: 'paragraph',
          text: 'Careers Leaders routinely use learner-level information (for example attendance, progress or OnTrack+ indicators) to identify learners who may require additional support, including for transition planning.',
        },
        {
          kind: 'paragraph',
          text: 'Senior leaders are involved in routine review discussions about careers learning journeys, drawing on this information and emerging patterns identified by the Careers Leader.',
        },
        {
          kind: 'paragraph',
          text: 'Careers provision is routinely planned in collaboration with SEND and pastoral teams.',
        },
        {
          kind: 'paragraph',
          text: 'Recording systems are used across cohorts, including identified groups such as those at risk of disengagement and/or NEET.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented careers learning journeys are in place for all learners and are systematically adapted to reflect individual needs. They include sequenced careers-related learning outcomes identified at key transition points. These outcomes are systematically aligned with Labour Market Information, employment and skills priorities, development planning, learner needs assessment and evaluation activity.',
        },
        {
          kind: 'paragraph',
          text: 'Senior leaders and staff systematically use learner information and agreed early risk indicators to identify learners who require additional careers-related input and consider implications for wider curriculum development.',
        },
        {
          kind: 'paragraph',
          text: 'SEND, pastoral, curriculum and careers colleagues coordinate careers and review activity through established support structures.',
        },
        {
          kind: 'paragraph',
          text: 'Progress in careers learning is tracked at learner and cohort level and is included within whole-setting development planning, evaluation and reporting processes.',
        },
      ],
    ],
    purpose: 'To describe how careers learning journeys are structured, shared and adapted over time to support coherent, progressive and inclusive careers learning for all learners.',
  },
  '2.2': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Learner-level information, including insight relating to under-served learners (for example from OnTrack+, the Future Skills Questionnaire, and attendance, behaviour and progress data), is occasionally shared with or by the Careers Leader.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The Careers Leader regularly receives, shares and uses learner-level information to identify individuals and cohorts for targeted careers-related activity, including under-served learners and learners identified through disengagement or NEET risk indicators.',
        },
        {
          kind: 'paragraph',
          text: 'Targeted interventions are put in place for identified learners and cohorts through collaboration with relevant colleagues.',
        },
        {
          kind: 'paragraph',
          text: 'There is liaison with local authority contacts, external agencies and provider partners for signposting and specialist input where appropriate.',
        },
        {
          kind: 'paragraph',
          text: 'Intervention activity is reviewed at defined points, using available information to agree next actions.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Relevant colleagues, including the Careers Leader, SENCo, Careers Adviser, curriculum staff, pastoral leads and senior leaders, routinely share and review multi-layered learner-level information.',
        },
        {
          kind: 'paragraph',
          text: 'This information is used to identify individuals and priority cohorts requiring targeted or differentiated careers-related activity.',
        },
        {
          kind: 'paragraph',
          text: 'Multi-team working is embedded across SEND, pastoral, pupil premium, curriculum and careers teams, with shared roles and responsibilities for planning and delivery.',
        },
        {
          kind: 'paragraph',
          text: 'External partners, including local authority contacts, agencies and provider partners, are routinely engaged through established communication arrangements.',
        },
        {
          kind: 'paragraph',
          text: 'Targeted intervention activity is monitored over time, with review points built into routine practice.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Senior leaders and relevant colleagues systematically use agreed learner information and risk indicators as part of structured identification processes.',
        },
        {
          kind: 'paragraph',
          text: 'Careers provision is embedded within whole-setting planning arrangements, with curriculum, SEND, pastoral and careers systems linked through established organisational structures.',
        },
        {
          kind: 'paragraph',
          text: 'Targeted and universal careers activity is jointly planned across teams and delivered, where appropriate, with external partners, agencies, providers and employers.',
        },
        {
          kind: 'paragraph',
          text: 'The planning, delivery and review of targeted intervention is included within whole-setting development planning, evaluation and reporting processes, drawing on agreed qualitative and quantitative information over time.',
        },
      ],
    ],
    purpose: 'To describe how learner-level information is used to shape and coordinate careers provision across teams, roles and structures.',
  },
  '2.3': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Recording systems (for example Compass+) are used occasionally to record careers activity.',
        },
        {
          kind: 'paragraph',
          text: 'Intended and actual destinations may be captured for some learners.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Recording systems are regularly updated to record careers activities and to capture intended and actual destinations for all learners.',
        },
        {
          kind: 'paragraph',
          text: 'Learner reflections on skills and experiences related to careers activity may also be recorded.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Recording systems contain up-to-date information on careers activities, learner participation and destinations. Where recorded, learner reflections are included as part of this information.',
        },
        {
          kind: 'paragraph',
          text: 'This information is routinely accessed by the Careers Leader, leaders and relevant colleagues and is considered alongside other learner information, such as attendance or progress data, within planning and review activity.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Recording systems provide comprehensive and up to date information for all learners, including careers activities, destinations and recorded learner reflections.',
        },
        {
          kind: 'paragraph',
          text: 'This information is systematically used by the Careers Leader, senior leaders and governors through established planning, review and reporting arrangements.',
        },
        {
          kind: 'paragraph',
          text: 'Use of recording systems is embedded within whole-setting development planning, evaluation and reporting processes with careers data considered alongside other agreed information sources.',
        },
      ],
    ],
    purpose: 'To describe how recording systems support oversight, reflection and coordination of careers provision over time, and how careers information is integrated with wider learner information within organisational planning and review processes.',
  },
  '2.4': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Destinations data is collected on an occasional basis. This data may contribute to understanding learner progression or inform elements of careers-related decision making or reporting.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Destinations data is regularly collected and reported. This may include information relating to learner cohorts, destination types or identified disengagement or NEET risk indicators, and is used to inform aspects of provision and/or reporting.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Destinations data, including intended, actual, sustained and publicly available longer-term data, is routinely collected and analysed in line with agreed data definitions. This may include, for example, information relating to progression to Level 3, destination patterns for identified cohorts such as FSM learners, or the distribution of destination outcomes in relation to regional skills and Labour Market Information priorities.',
        },
        {
          kind: 'paragraph',
          text: 'This analysis is overseen by senior leaders and is used to inform ongoing review of careers provision and to support established careers-related evaluation and reporting activity.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All relevant destinations data, including intended, actual and sustained destinations and publicly available longer-term data, is systematically collected, analysed and reviewed over time using agreed and consistent data definitions.',
        },
        {
          kind: 'paragraph',
          text: 'Senior leaders lead the oversight and use of destinations data, with this analysis embedded within whole-setting reporting arrangements and considered alongside other agreed data sources.',
        },
        {
          kind: 'paragraph',
          text: 'Destinations data is used to support whole-setting development planning, evaluation and reporting processes and to inform the sustained and planned development of careers provision and wider curriculum planning.',
        },
      ],
    ],
    purpose: 'To describe how destinations data is collected, analysed and considered within careers planning, leadership review and whole-setting decision-making, supporting understanding of learner progression and alignment with wider educational and skills priorities.',
  },
  '2.5': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Learners have occasional opportunities to reflect on their career-related knowledge, skills and experiences, for example through structured tools such as the Future Skills Questionnaire (FSQ).',
        },
        {
          kind: 'paragraph',
          text: 'Learner feedback is sometimes considered within careers-related review activity, with actions in response to this feedback taking place on an occasional basis.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: "Learners' reflections on their career knowledge, skills, experiences and career readiness are regularly captured and analysed (e.g. via FSQ). This information is used within careers-related reporting activity and informs periodic review of the careers provision.",
        },
      ],
      [
        {
          kind: 'paragraph',
          text: "Learners' reflections on their career knowledge, skills, experiences and career readiness are routinely captured and analysed through agreed tools and processes.",
        },
        // The source cell ends without a full stop ("…careers and curriculum reporting"); it may be truncated.
        // Kept exactly as given, nothing added.
        {
          kind: 'paragraph',
          text: 'Senior leaders routinely access learner perception data as part of established careers and curriculum reporting',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: "Learners' reflections over time are systematically captured and analysed at both individual and cohort level through established processes.",
        },
        {
          kind: 'paragraph',
          text: 'Senior leaders routinely access and use learner perception data through established leadership structures, with this insight embedded within whole-setting development planning, evaluation and reporting processes and considered alongside other agreed datasets, including attendance, behaviour, destinations and progress information.',
        },
      ],
    ],
    purpose: "To describe how learners' reflections on their career knowledge, skills, experiences and readiness are gathered and used to inform careers planning, leadership review and whole-setting decision-making.",
  },
  '2.6': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Relevant stakeholder voice, including that of learners, staff, parents and carers, Careers Advisers and employers, is collected on an occasional basis and may be referenced within careers impact evaluation processes.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Relevant stakeholder voice is regularly collected and analysed through agreed methods. This information is reported through established processes.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Relevant stakeholder voice is routinely collected and analysed through agreed processes.',
        },
        {
          kind: 'paragraph',
          text: 'Senior leaders routinely access stakeholder feedback as part of established reporting arrangements.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Relevant stakeholder voice is systematically collected and analysed over time and is embedded within whole-setting development planning, evaluation and reporting processes through established senior leadership structures, alongside other agreed information sources.',
        },
      ],
    ],
    purpose: 'To describe how relevant stakeholder perspectives are gathered, considered and used to inform shared understanding, leadership discussion and the ongoing review of careers provision.',
  },
  '2.7': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'The careers provision is structured with reference to relevant frameworks, policies and statutory guidance, such as the Gatsby Benchmarks, CDI Framework, Provider Access Legislation and the Education Inspection Framework.',
        },
        {
          kind: 'paragraph',
          text: 'Occasional internal review supports structured consideration of careers provision in relation to frameworks, statutory expectations and wider school or specialist setting improvement priorities. It provides a reference point for leadership discussion to support sustainable and strategic careers leadership.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The careers provision is structured with reference to relevant frameworks, policies and statutory guidance.',
        },
        {
          kind: 'paragraph',
          text: 'Compliance is regularly reviewed through existing internal processes, such as work scrutiny or learning walks, and through external quality assurance activity where applicable.',
        },
        {
          kind: 'paragraph',
          text: 'Annual internal review supports structured consideration of careers provision in relation to frameworks, statutory expectations and wider school or specialist setting improvement priorities. The process provides a regular reference point for leadership discussion and enables careers to be considered within existing quality assurance and wider school improvement conversations.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The development and structure of the careers provision follows established internal processes to support compliance with relevant frameworks and requirements.',
        },
        {
          kind: 'paragraph',
          text: 'Quality assurance activity for careers involves senior leaders and is embedded within whole-setting quality assurance cycles.',
        },
        {
          kind: 'paragraph',
          text: 'Routine annual internal reviews support structured consideration of careers provision in relation to frameworks, statutory expectations and wider school or specialist setting improvement priorities. The process sits within organisational review arrangements, supporting sustained leadership discussion and coherence between careers provision and broader school or specialist setting improvement planning.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The development and structure of the careers provision follows consistently applied internal processes to support compliance across the setting.',
        },
        {
          kind: 'paragraph',
          text: 'Insight from careers-related quality assurance is systematically incorporated into whole-setting planning and review arrangements.',
        },
        {
          kind: 'paragraph',
          text: 'Careers quality assurance is embedded within wider organisational quality assurance processes.',
        },
        {
          kind: 'paragraph',
          text: 'Systematic annual internal reviews support structured consideration of careers provision in relation to frameworks, statutory expectations and wider setting improvement priorities. The process is positioned within whole-setting development planning, evaluation and reporting processes, enabling careers to be considered as part of wider responses to educational challenges and longer-term improvement priorities.',
        },
      ],
    ],
    purpose: 'To describe how quality assurance of careers provision is structured, undertaken and embedded within existing organisational review processes, ensuring coherence with statutory frameworks, leadership oversight and wider setting improvement priorities.',
  },
  '3.1': {
    descriptors: [
      [
        // Rows 3.1–3.3: each cell is a single <p> in the source whose sentences are separated by double spaces
        // (possibly once separate paragraphs); kept as one paragraph per <p>, spaces collapsed.
        {
          kind: 'paragraph',
          text: 'Learners have occasional opportunities to receive Labour Market Information (LMI). There is some reflection on learner understanding of LMI.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'A documented careers learning journey includes regular universal and targeted activities that support learners to access relevant LMI. Learners regularly explore LMI as part of careers education and preparation for future choices. Staff gather regular feedback or observations on how learners use LMI and use this to inform ongoing planning.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented and responsive careers learning journeys routinely support all learners to access, understand and evaluate relevant LMI. Careers Leaders routinely use LMI and learner engagement insights to shape planning and ensure provision is responsive to learner need. Routine evaluation includes reviewing learner engagement with LMI and identifying patterns that inform improvements to careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Learners are provided with systematic opportunities to consider and use Labour Market Information (LMI) when exploring choices, planning next steps and preparing for key transition points. Reference to LMI is embedded across careers learning journeys. Learner interaction with LMI is systematically reviewed at individual and cohort level through established organisational processes. LMI-related insight is embedded within whole-setting development planning, evaluation and reporting processes and is considered alongside destination, curriculum and regional skills information.',
        },
      ],
    ],
    purpose: 'To describe how learners are supported to access, understand and use Labour Market Information (LMI) progressively across their careers learning journey, and how insight into learner engagement with LMI informs planning, review and whole-setting decision-making.',
  },
  '3.2': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Learners have occasional opportunities to receive information about the routes available to them at key transition points. There is some reflection on how learners have engaged with information about routes available to them.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'A documented careers learning journey includes regular universal and targeted activities that support learners to understand the full range of routes available at key transitions, including local pathways and specialist options. Learners are supported to regularly access accurate and timely information about local providers, apprenticeships, technical routes and post 16 and post 18 choices. Staff gather regular feedback or observations about how learners use this information and use these insights to inform ongoing planning.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented and responsive careers learning journeys routinely support all learners to understand and evaluate the full range of routes available to them at key transition points, including opportunities within the local offer. Careers Leaders routinely use LMI, local offer information and learner-level data to refine provision and maintain alignment with emerging pathways and priorities. Routine evaluation includes reviewing learner engagement with information on pathways and identifying patterns that inform improvements to careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Learners are provided with systematic opportunities to consider information about all available routes, including academic, technical, vocational, local and specialist options, when planning choices and next steps at key transition points. This is reflected across careers learning journeys. Understanding and use of pathway information is reviewed systematically across cohorts and over time. Insight is embedded within whole-setting development planning, evaluation and reporting processes and is considered alongside Labour Market, destination and local offer information.',
        },
      ],
    ],
    purpose: 'To describe how learners are supported to explore, understand and review all available routes at key transition points with equity.',
  },
  '3.3': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'The careers provision includes occasional opportunities for learners to recognise and challenge misconceptions and stereotypes linked to pathways and opportunities available to them. There is some reflection on how learners recognise, and challenge misconceptions and stereotypes linked to pathways and opportunities available to them.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'A documented careers learning journey includes regular opportunities for learners to recognise and challenge misconceptions and stereotypes linked to pathways and opportunities available to them. Staff gather regular feedback or observations on how learners recognise and challenge misconceptions and stereotypes linked to pathways and opportunities available to them.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented and responsive careers learning journeys support all learners to recognise and challenge misconceptions and stereotypes linked to pathways and opportunities. Parents, carers and staff routinely engage with information or activity that helps them understand and challenge misconceptions. The Careers Leader and relevant colleagues routinely use engagement insights to refine these learning opportunities. Routine evaluation includes reviewing how learners and key adults engage with this content and identifying patterns that inform improvements to careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Learners are provided with systematic opportunities to recognise and challenge misconceptions and stereotypes through transition planning, careers encounters, curriculum learning and personal guidance. This is reflected across careers learning journeys. Evidence relating to what learners, parents, carers and staff know, understand and consider in relation to challenging misconceptions is gathered and reviewed systematically. This information informs whole-setting development planning, evaluation and reporting processes, including review of careers provision in response to changes in the local offer, regional skills needs, and identified themes within wider reporting processes.',
        },
      ],
    ],
    purpose: 'To describe how careers provision enables learners to recognise and challenge misconceptions and stereotypes over time.',
  },
  '3.4': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Parents and carers occasionally receive information about regional and national Labour Market Information (LMI) through a variety of channels.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: "All parents and carers regularly receive information about, and are supported to understand, what LMI is and why it is important, as well as regional and national information. This information is shared through a variety of channels and may be informed by emerging parent and carer feedback on confidence and understanding, for example via Your Child's Future.",
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All parents and carers are routinely supported to understand, access and interpret relevant LMI through a planned and coherent approach. Support is differentiated according to parent and carer context, ensuring accessibility and relevance.',
        },
        {
          kind: 'paragraph',
          text: "Careers Leaders use engagement data and parent and carer perception insight, for example, via Your Child's Future alongside learner information to review and refine how LMI is communicated.",
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Support for parents and carers is systematic and differentiated according to parent, carer and learner need.',
        },
        {
          kind: 'paragraph',
          text: 'Evidence relating to parent and carer understanding of LMI, including perception data captured over time, is embedded within whole-setting development planning, evaluation and reporting processes. This insight is considered alongside learner perception, destinations, curriculum and regional skills information to shape parental engagement strategies.',
        },
      ],
    ],
    purpose: 'To describe how parents and carers are supported to understand and make meaningful use of Labour Market Information (LMI), and how insight into parent and carer confidence and understanding informs careers planning and whole-setting parental engagement approaches.',
  },
  '3.5': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Parents and carers have occasional opportunities to access information about the routes available to learners at key transition points, including academic, technical and vocational options. Information is shared through a range of channels.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: "All parents and carers regularly receive information about the full range of routes available to learners at key transitions, including academic, technical and vocational pathways. Support is provided to help parents and carers understand these routes, with information shared through a variety of channels and responsive to feedback on confidence and understanding, for example via Your Child's Future.",
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All parents and carers are routinely supported to access, understand and compare the full range of routes available at key transition points.',
        },
        {
          kind: 'paragraph',
          text: "Information on parent and carer engagement and perception, for example via Your Child's Future is considered by leaders to review and refine how pathway information is shared, alongside learner perception data where useful comparisons can be made.",
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Support for parents and carers is systematic and differentiated according to parent, carer and learner need.',
        },
        {
          kind: 'paragraph',
          text: 'Evidence relating to parent and carer understanding of routes, including perception data captured over time, is reviewed systematically by Careers Leaders and senior leaders. This insight is considered alongside learner perception, destinations, curriculum and regional skills information to shape parental engagement strategies.',
        },
      ],
    ],
    purpose: 'To describe how parents and carers are supported to understand, compare and engage with information about all available routes at key transition points, and how parent and carer perception insight informs planning, review and parental engagement strategies.',
  },
  '3.6': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Teaching and pastoral staff have occasional opportunities to access information about Labour Market Information (LMI) and the range of academic, technical and vocational pathways available to learners at key transition points.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All teaching, pastoral and relevant support staff regularly access information and development activities that support understanding of LMI and the benefits of all available pathways at key transition points.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All teaching, pastoral and relevant support staff engage in routine development opportunities that support access to LMI, understanding of available pathways (including the local and regional offer), and confidence in signposting learners.',
        },
        {
          kind: 'paragraph',
          text: 'Staff engagement and feedback information is considered by senior leaders when reviewing and refining staff development activity, alongside emerging pathways and Labour Market Information.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All teaching, pastoral and support staff have systematic access to learning and development related to careers as part of wider staff development arrangements.',
        },
        {
          kind: 'paragraph',
          text: 'Evidence relating to staff engagement, understanding and attitudes is gathered and reviewed systematically.',
        },
        {
          kind: 'paragraph',
          text: 'This information informs ongoing review of careers provision and contributes to whole-setting development planning, evaluation and reporting processes.',
        },
      ],
    ],
    purpose: 'To describe how staff across teaching, pastoral and support roles develop and apply understanding of Labour Market Information (LMI) and pathways, and how this understanding supports consistent, informed and unbiased careers conversations with learners.',
  },
  '3.7': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'The school or specialist setting has occasional engagement with a range of education and training providers to support the careers provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'The school or specialist setting regularly identifies and engages with providers across all pathways available to learners at key transition points, including academic, technical and vocational routes.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Senior leaders routinely engage with a range of providers and work in partnership to enable learners to access opportunities linked to their aspirations, needs and emerging career readiness.',
        },
        {
          kind: 'paragraph',
          text: 'Careers learning journeys show how provider encounters are incorporated at key transition points.',
        },
        {
          kind: 'paragraph',
          text: 'Information from LMI, provider feedback and learner-level data is considered by Careers Leaders when reviewing and refining provider engagement planning.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Senior leaders systematically identify and engage with providers whose offer aligns with learner needs, broad aspirations and regional and national skills priorities.',
        },
        {
          kind: 'paragraph',
          text: 'Information from LMI, destinations data, learner career readiness and evaluation of provider engagement is reviewed systematically by senior leaders. This information informs whole-setting development planning, evaluation and reporting processes.',
        },
      ],
    ],
    purpose: 'To describe how engagement with education and training providers is planned, coordinated and embedded to support learner understanding of pathways and opportunities, and how provider engagement aligns with learner needs, careers learning journeys and wider skills priorities.',
  },
  '3.8': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Success stories are occasionally shared across the school or specialist setting community.',
        },
        {
          kind: 'paragraph',
          text: 'Contact with former learners is limited, with occasional involvement where opportunities arise.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Success stories are regularly shared with learners, parents, carers and other stakeholders, reflecting a range of routes available at key transitions, including academic, technical and vocational options.',
        },
        {
          kind: 'paragraph',
          text: 'Former learners are engaged on a regular basis to contribute to careers provision or communications, supporting awareness of post-16 and post-18 pathways.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Success stories from a range of routes are routinely included within a planned approach to communication across the school or specialist setting.',
        },
        {
          kind: 'paragraph',
          text: 'Stories are selected to reflect diverse learner pathways and to highlight examples relevant to common misconceptions or perceived barriers.',
        },
        {
          kind: 'paragraph',
          text: 'An alumni network supports this approach, with former learners contributing through a range of activities.',
        },
        {
          kind: 'paragraph',
          text: 'Information on engagement and feedback is considered by senior leaders when reviewing and refining this approach.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Success stories that reflect diverse journeys, broad aspirations and barrier navigation are integrated systematically across the setting.',
        },
        {
          kind: 'paragraph',
          text: 'A sustained alumni network is maintained to reflect a range of pathways and experiences.',
        },
        {
          kind: 'paragraph',
          text: 'Evidence relating to engagement with success stories and alumni activity is gathered and reviewed systematically, alongside LMI, destinations data, learner skills information and regional priorities. This information informs whole-setting development planning, evaluation and reporting processes and contributes to longer-term partnership development with alumni, employers and external partners.',
        },
      ],
    ],
    purpose: "To describe how success stories and alumni engagement are used to support learners' understanding of pathways, challenge misconceptions and broaden aspirations, and how insight from this activity informs careers planning and whole-setting development.",
  },
  '4.1': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'There is occasional time in the school or specialist setting timetable for careers education. This time includes activities that support learners to:',
        },
        {
          kind: 'list',
          items: [
            'make aspirational and informed decisions',
            'make effective and sustained transitions',
            'develop early career readiness skills',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Careers education is delivered primarily through standalone sessions, with some links made to the wider curriculum as appropriate.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There is regular, planned time for careers education across year groups. This includes structured activities that support learners to:',
        },
        {
          kind: 'list',
          items: [
            'make increasingly aspirational and informed decisions',
            'prepare for effective and sustained transitions',
            'build and apply career readiness skills progressively',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Careers education is delivered mainly through standalone sessions, with regular links to the wider curriculum and clarity around expectations for staff and learners.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There is routine, protected and planned time for progressive careers education for all learners. Provision is structured around progressive careers-related learning outcomes that are learner-centred and responsive to need.',
        },
        {
          kind: 'paragraph',
          text: 'Careers education is routinely integrated through curriculum mapping, subject planning and agreed approaches that support subjects in contributing to careers knowledge, skills and understanding.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There is systematic, protected and planned time for careers education, underpinned by progressive, learner-centred careers-related learning outcomes that are both universal and responsive to learner need.',
        },
        {
          kind: 'paragraph',
          text: 'Careers education is systematically embedded across the curriculum through mapped opportunities, subject accountability and cross-department collaboration.',
        },
        {
          kind: 'paragraph',
          text: 'Progress in careers education is monitored and reviewed systematically through whole-setting quality assurance processes, with insights informing curriculum design, subject development and whole-setting development planning, evaluation and reporting processes.',
        },
      ],
    ],
    purpose: 'To describe how time for careers education is planned, protected and developed over time, and how careers education is increasingly integrated within curriculum design, subject delivery and whole-setting improvement processes.',
  },
  '4.2': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Curriculum delivery across subjects provides occasional opportunities for careers-related learning.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All teaching staff are supported to regularly highlight the relevance of their subject to the world of work and careers.',
        },
        {
          kind: 'paragraph',
          text: 'There is an expectation that staff regularly make links from their curriculum to careers, pathways and essential skills.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All teaching staff routinely highlight the relevance of their subject to the world of work and careers and make clear links from their curriculum to careers, pathways and essential skills.',
        },
        {
          kind: 'paragraph',
          text: 'Careers-related learning is routinely evident across all subjects and all year groups.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Quality assurance processes systematically monitor how all teaching staff:',
        },
        {
          kind: 'list',
          items: [
            'highlight the relevance of their subject to the world of work and careers',
            'embed meaningful links to careers, pathways and essential skills within their curriculum',
            'place curriculum learning in the context of the world of work or careers',
          ],
        },
        {
          kind: 'paragraph',
          text: 'This information is used to support whole-setting development planning, evaluation and reporting processes and development of curriculum-based careers-related learning.',
        },
      ],
    ],
    purpose: 'To describe how teaching staff are supported and enabled to highlight the relevance of their subject learning to careers, pathways and the world of work, and how careers in the curriculum is embedded, reviewed and strengthened across the setting.',
  },
  '4.3': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Staff occasionally receive information about Labour Market Information (LMI) and the routes available to learners at key transitions.',
        },
        {
          kind: 'paragraph',
          text: 'There is some reflection on how staff use this information in teaching or support roles.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Staff regularly access planned learning and development to support understanding of the labour market, how to access and interpret LMI, and the full range of academic, technical and vocational pathways available to learners.',
        },
        // "an expectation that staff to make" is as in the source (apparently a slip); kept verbatim.
        {
          kind: 'paragraph',
          text: 'There is an expectation that staff to make regular links between this knowledge and their subject or support role.',
        },
        {
          kind: 'paragraph',
          text: 'Staff regularly share feedback on their use of LMI and pathway information to inform ongoing planning.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All staff receive structured annual learning and development that helps them routinely apply their understanding of LMI and pathways, making clear and relevant links between their subject or role and careers.',
        },
        {
          kind: 'paragraph',
          text: 'Training on LMI and pathways is routinely included in staff induction and appraisal processes, supporting sustained understanding and use over time.',
        },
        {
          kind: 'paragraph',
          text: 'There is routine monitoring of how careers is embedded within the curriculum, with patterns used to inform improvements to careers provision and to refine staff development and curriculum planning.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Staff understanding of LMI and pathways is a systematic component of a planned and evaluated professional development programme.',
        },
        {
          kind: 'paragraph',
          text: 'Evidence relating to staff engagement, understanding and use of this knowledge is reviewed systematically through curriculum design, internal review and quality assurance processes.',
        },
        {
          kind: 'paragraph',
          text: 'Careers education is positioned as a whole-setting responsibility, embedded within professional learning, appraisal and wider organisational development arrangements.',
        },
      ],
    ],
    // "consistent, informed and careers in the curriculum practice" is as in the change log (a word seems to be
    // missing); kept verbatim.
    purpose: 'To describe how staff learning and development supports sustained understanding and application of Labour Market Information (LMI) and pathways knowledge, and how this professional learning underpins consistent, informed and careers in the curriculum practice across the setting.',
  },
  '4.4': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Language relating to essential skills is used occasionally across the school or specialist setting, with key skills referenced in some lessons, activities or enrichment activities.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There is an established language for essential skills across the school or specialist setting.',
        },
        {
          kind: 'paragraph',
          text: "Staff regularly refer to this shared language in lessons and wider activity to support learners' understanding of essential skills.",
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented and responsive careers learning journeys routinely reference a consistent language for essential skills.',
        },
        {
          kind: 'paragraph',
          text: 'They include a planned approach to developing essential skills through the curriculum, with routine opportunities for learners to practise and reflect on these skills.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented, responsive and differentiated careers learning journeys demonstrate a fully embedded and shared language for essential skills across the setting.',
        },
        {
          kind: 'paragraph',
          text: 'A progressive and measurable approach to essential skills development is reflected within curriculum planning.',
        },
        {
          kind: 'paragraph',
          text: 'Information from staff development activity and evaluation of essential skills development is reviewed systematically and contributes to whole-setting development planning, evaluation and reporting processes.',
        },
      ],
    ],
    purpose: 'To describe how essential skills are developed progressively and coherently across the curriculum and careers learning journeys, and how a shared language and structured opportunities support learners to understand, practise and reflect on these skills over time.',
  },
  '5.1': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'There is occasional engagement with a range of employers.',
        },
        {
          kind: 'paragraph',
          text: 'Employer engagement reflects consideration of learner needs, learner interests, developing career readiness and local or regional context.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There is regular engagement across the school or specialist setting with a range of employers, including those aligned with learner interests and key regional sectors.',
        },
        {
          kind: 'paragraph',
          text: 'Employer engagement is informed by relevant Labour Market Information (LMI) and supports careers activity, including employer encounters and experiences of the workplace.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There is routine engagement throughout the school with a broad range of employers through developing partnerships informed by LMI and consideration of regional and national skills priorities.',
        },
        {
          kind: 'paragraph',
          text: "Employer activity is planned with reference to all learners' needs, broad aspirations and career readiness. Employers contribute to curriculum activity and to the delivery of encounters and workplace experiences.",
        },
        {
          kind: 'paragraph',
          text: 'Senior leaders are actively engaged in oversight of employer engagement, with partnerships referenced within careers planning, review discussions and wider considerations relating to learner engagement, inclusion and progression.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'There are systematic and collaborative employer partnerships informed by Labour Market Information (LMI), local skills needs and learner context.',
        },
        {
          kind: 'paragraph',
          text: 'Employer involvement is integrated within curriculum activity, governance discussion, and the delivery of employer encounters and workplace experiences. Where appropriate, partnerships are aligned with recognised employer quality frameworks, such as the CEC Employer Standards.',
        },
        {
          kind: 'paragraph',
          text: 'Senior leaders and governors exercise strategic oversight of employer engagement, with clear accountability for partnership quality, sustainability and alignment to whole-setting priorities.',
        },
        {
          kind: 'paragraph',
          text: 'Processes for reviewing employer engagement are systematic, and information gathered is used by senior leaders and governors to inform partnership development, curriculum planning and whole-setting development planning, evaluation and reporting processes.',
        },
      ],
    ],
    purpose: 'To describe how engagement with employers is planned, sustained and embedded as a strategic partnership activity that supports careers education, curriculum learning, employer encounters and workplace experiences, aligned with learner needs and skills priorities.',
  },
  '5.2': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'There are occasional meaningful encounters with employers for learners, including careers fairs, etc.',
        },
        {
          kind: 'paragraph',
          text: 'Meaningful employer encounters are occasionally used to broaden aspiration, improve learner outcomes, promote inclusion, and support equity.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Learners have regular opportunities to access meaningful employer encounters.',
        },
        {
          kind: 'paragraph',
          text: 'Approaches to adapting encounters to meet the needs of all learners are explored, and meaningful employer encounters are planned with consideration of aspiration, engagement, inclusion and equity.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented and responsive careers learning journeys routinely include multiple meaningful employer encounters for all learners. Planning considers learner context and learner needs particularly for under-served groups.',
        },
        {
          kind: 'paragraph',
          text: 'Learner participation data and staff insight are reviewed through routine evaluation activity and inform planning and reporting.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Careers learning journeys systematically include multiple meaningful and progressive employer encounters for all learners, underpinned by careers-related learning outcomes identified across year groups and key transition points.',
        },
        {
          kind: 'paragraph',
          text: 'Employer encounters are planned and sequenced with reference to broad aspirations, curriculum context and learner need. Planning activity draws on learner needs assessment and evaluation information to support equitable access and to determine the focus, timing and format of encounters, including for under-served groups.',
        },
        {
          kind: 'paragraph',
          text: 'Employer encounters are embedded within wider curriculum, pastoral and inclusion approaches and are incorporated within whole-setting development planning, evaluation and reporting processes.',
        },
      ],
    ],
    purpose: 'To describe how employer encounters are planned, sequenced and embedded within careers learning journeys to support learner aspiration, engagement, inclusion and preparedness for transition, and how insight from participation and evaluation informs ongoing planning.',
  },
  '5.3': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Learners have occasional opportunities to access meaningful workplace experiences.',
        },
        {
          kind: 'paragraph',
          text: 'There is some consideration of how meaningful workplace experiences relate to aspiration, engagement, inclusion and equity.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Learners have regular opportunities to access meaningful workplace experiences.',
        },
        {
          kind: 'paragraph',
          text: 'Approaches to adapting these experiences to meet the needs of all learners are explored, and meaningful workplace experiences are planned with consideration of aspiration, engagement, inclusion and equity.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Documented and responsive careers learning journeys routinely include multiple, meaningful and progressive workplace experiences for all learners, with explicit planning that takes account of equitable access, including consideration of under-served groups.',
        },
        {
          kind: 'paragraph',
          text: 'Learner participation information, alongside broader learner-level insight, is routinely reviewed by senior leaders and relevant staff and is used to determine the focus, sequencing and organisation of meaningful workplace experiences within the careers programme.',
        },
        {
          kind: 'paragraph',
          text: "Meaningful workplace experiences are positioned as a deliberate and integral component of the school or specialist setting's wider approaches to aspiration, learner engagement, attendance, inclusion, parental engagement and transitions, including NEET prevention. These experiences are coordinated within whole-setting arrangements that bring together curriculum, pastoral and inclusion structures.",
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Careers learning journeys systematically include sequenced and progressive meaningful workplace experiences for all learners, underpinned by clearly articulated careers-related learning outcomes across year groups and key transition points.',
        },
        {
          kind: 'paragraph',
          text: 'Arrangements for meaningful workplace experiences are formalised within whole-setting systems, with agreed approaches to planning, sequencing and access that draw on learner participation information, needs assessment and evaluation activity. These arrangements support consistency and equity of access over time, including for learners from under-served groups.',
        },
        {
          kind: 'paragraph',
          text: "Workplace experiences are embedded within the setting's curriculum, pastoral support and inclusion systems and processes. Oversight, review and reporting of workplace experiences are incorporated within whole-setting development planning, evaluation and reporting processes.",
        },
      ],
    ],
    purpose: 'To describe how workplace experiences are planned, sequenced and embedded as integral components of careers learning journeys, supporting learner aspiration, engagement, inclusion and readiness for key transitions.',
  },
  '6.1': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Learners have the opportunity to engage in personal guidance meeting(s).',
        },
        {
          kind: 'paragraph',
          text: 'Parents and carers are informed that this opportunity is available.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All learners are regularly supported to take up personal guidance meetings, with engagement tracked through established processes. Relevant information is shared in an ethical, timely and appropriate way, in line with professional standards, e.g. the CDI Code of Ethics.',
        },
        {
          kind: 'paragraph',
          text: 'Parents and carers receive timely communication, including opportunities to ask questions and contribute to the guidance process.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'All learners are routinely supported to access personal guidance through clear and well-managed systems. These systems support identification of learner needs, referral pathways and monitoring of engagement over time. Information sharing aligns with professional standards e.g. the CDI Code of Ethics.',
        },
        {
          kind: 'paragraph',
          text: 'Staff learning and development relevant to personal guidance, alongside planned parent and carer engagement, is mapped to support learners before, during and after guidance meetings. The role of parents and carers in preparation for, and reflection following, guidance is clearly communicated.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: "All learners are systematically supported to engage in personal guidance through processes embedded within whole-setting systems. These systems take account of learners' diverse guidance needs and ensure information sharing and guidance delivery align fully with professional standards, e.g. the CDI Code of Ethics.",
        },
        {
          kind: 'paragraph',
          text: "Parents' and carers' roles are explicitly mapped, consistently supported and reviewed as part of the setting's wider planning, review and improvement processes.",
        },
      ],
    ],
    purpose: 'To describe how learners are supported to access personal guidance, how engagement is coordinated and monitored, and how personal guidance is embedded within wider systems for learner support, transitions and ethical information sharing.',
  },
  '6.2': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Learners have the opportunity to engage in a personal guidance meeting. Relevant information is shared between careers, pastoral and SEND colleagues to support coordination.',
        },
        {
          kind: 'paragraph',
          text: 'Meetings are appropriately timed, and self-referral routes are available and communicated to learners, parents and carers.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Personal guidance forms a structured element of the careers learning journey, with meetings planned around key points of preparation, reflection and decision-making.',
        },
        {
          kind: 'paragraph',
          text: 'Information sharing between careers, pastoral and SEND teams is regular, supporting coordinated engagement with learners, parents and carers. Early evaluation activity begins to inform emerging patterns of need and response.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Personal guidance is a routine component of the careers learning journey for all learners, with meetings scheduled at key transition points.',
        },
        {
          kind: 'paragraph',
          text: 'Clear and established systems are in place for careers, pastoral and SEND teams to share and reference relevant information internally and with learners, parents and carers.',
        },
        {
          kind: 'paragraph',
          text: "Personal guidance is positioned as a core component of the school or specialist setting's response to challenges relating to aspiration, learner engagement, attendance, inclusion, parental engagement and transitions, including NEET prevention. It sits alongside pastoral, SEND and inclusion arrangements as part of a coherent approach to understanding learner circumstances and progression needs.",
        },
        {
          kind: 'paragraph',
          text: 'Evaluation activity and available evidence are reviewed to establish patterns, trends and analysis of need, including for priority and under-served groups. This information is used within leadership and professional discussions to shape the focus, timing and organisation of personal guidance provision.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Personal guidance is systematically embedded within whole-setting arrangements for careers, inclusion, engagement and transition planning, including NEET prevention. Preparation and reflection opportunities are planned coherently across year groups, pathways and key transition points.',
        },
        {
          kind: 'paragraph',
          text: 'Personal guidance sits within an established organisational framework that brings together careers, pastoral, SEND and inclusion arrangements. Information sharing processes operate at whole-setting level and include learners, relevant staff, parents and carers, supporting shared understanding of learner circumstances and progression needs.',
        },
        {
          kind: 'paragraph',
          text: 'Evaluation activity and evidence relating to personal guidance are considered systematically alongside other organisational information. This includes patterns, trends and identified need for different groups of learners. These considerations inform whole-setting development planning, evaluation and reporting processes.',
        },
      ],
    ],
    purpose: 'To describe how personal guidance is planned, timed and coordinated as part of a coherent careers learning journey, and how guidance is integrated with wider pastoral, SEND and inclusion arrangements to support learner progression and transition readiness.',
  },
  '6.3': {
    descriptors: [
      [
        {
          kind: 'paragraph',
          text: 'Impartial personal guidance is provided by an appropriately qualified Careers Adviser(s).',
        },
        {
          kind: 'paragraph',
          text: 'Careers Advisers access relevant CPD to maintain and strengthen professional practice.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Impartial personal guidance is provided by an appropriately qualified Careers Adviser(s) who completes regular training and updates to ensure their practice remains current and aligned to professional standards.',
        },
        // This sentence appears twice in the source, once after each of the first two "Impartial personal
        // guidance" sentences; it is kept in both columns 1 and 2 as given.
        {
          kind: 'paragraph',
          text: 'Careers Advisers access relevant CPD to maintain and strengthen professional practice.',
        },
        {
          kind: 'paragraph',
          text: 'There is regular review of personal guidance provision, including consideration of learner engagement with guidance.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Impartial personal guidance is routinely provided by appropriately qualified Careers Adviser(s) who engage in ongoing CPD to maintain and extend professional practice.',
        },
        {
          kind: 'paragraph',
          text: 'Provision of personal guidance and patterns of learner engagement are reviewed on a routine basis. Personal guidance meetings are routinely quality assured using an approved framework, e.g. the CDI Framework, including observation by an appropriately qualified practitioner.',
        },
      ],
      [
        {
          kind: 'paragraph',
          text: 'Impartial personal guidance is provided by appropriately qualified Careers Adviser(s), with professional development embedded within a planned, ongoing and evaluated approach aligned to current evidence, professional standards and specialist knowledge.',
        },
        {
          kind: 'paragraph',
          text: 'Provision of personal guidance and learner engagement patterns are reviewed systematically by senior leaders as part of whole-setting oversight arrangements, and considered within wider organisational planning, reporting and assurance processes.',
        },
        {
          kind: 'paragraph',
          text: 'All personal guidance meetings are quality assured through established and robust processes, including use of an approved framework, e.g. the CDI Framework, and regular observation by appropriately qualified practitioners. Insights from quality assurance and review activity are considered within leadership discussion related to workforce development, resourcing and the organisation of personal guidance provision.',
        },
      ],
    ],
    purpose: 'To describe how personal guidance is resourced, assured and sustained through qualified practice, ongoing professional development and structured leadership oversight.',
  },
};
