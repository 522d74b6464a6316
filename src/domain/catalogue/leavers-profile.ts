// Source: seed 000 (Careers Learning Journeys), Appendix 2 "Learners as Leavers profile" (headings) and Activity 2,
// "End of Year 11 or Year 13 – Alex's Profile" (examples).
import type { LeaversProfileHeading } from './types';

/** The three headings of the profile, as Appendix 2 names them. */
export const leaversProfileHeadings: readonly LeaversProfileHeading[] = [
  { id: 'knowledge', name: 'Knowledge' },
  { id: 'skills', name: 'Skills' },
  { id: 'behaviours', name: 'Behaviours' },
];

/**
 * Appendix 2 itself is a blank template; the example statements are those of the worked example in Activity 2
 * ("Alex's Profile"), which uses the same three headings.
 */
export const leaversProfileExamples: Readonly<Record<'knowledge' | 'skills' | 'behaviours', readonly string[]>> = {
  knowledge: [
    'Alex can identify a broad range of career opportunities and pathways, including technical, vocational, and ' +
      'entrepreneurial options.',
    'Alex is aware of their personal strengths, skills, and preferences, and how they influence their career choices.',
    'Alex understands how to prepare effectively for various recruitment and selection processes.',
    'Alex can identify reliable sources of labour market information and understands local and national labour ' +
      'market changes.',
    'Alex understands different recruitment processes and has the skills to navigate them successfully.',
  ],
  skills: [
    'Alex can make informed, aspirational career decisions by considering a range of opportunities, personal ' +
      'aspirations, and changing labour market trends.',
    'Alex can proactively explore a wide range of pathways with equity.',
    'Alex can reflect on past learning and experiences, and communicates them effectively to potential employers.',
    'Alex works collaboratively with peers and trusted adults to identify and secure opportunities.',
    'Alex confidently communicates skills and experiences to potential employers.',
  ],
  behaviours: [
    'Alex proactively explores diverse career opportunities.',
    'Alex reflects on strengths, experiences, and labour market information to make confident, stereotype-free ' +
      'decisions.',
    'Alex adapts and prepares effectively for a variety of recruitment and selection processes.',
    'Alex develops positive workplace behaviours.',
    'Alex is supportive, thoughtful and displays empathy when considering next steps.',
  ],
};
