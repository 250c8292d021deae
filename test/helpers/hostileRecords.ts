import type { MeetingRecords } from '../../shared/types';
import { exampleRecords } from './exampleRecords';

/** Strings a note-taker (or an imported tool export) might put in any field. */
export const HOSTILE = {
  pipes: 'a | b || c \\| d',
  backticks: 'run `rm -rf /` and ```js\nalert(1)\n```',
  script: '<script>alert("x")</script>',
  image: '<img src=x onerror="alert(1)">',
  markup:
    '# not a heading\n> not a quote\n- not a list\n1. not numbered\n---\n[link](javascript:alert(1)) ![img](x) **bold** _it_ ~~s~~ $x^2$ &amp;',
  longWord: `https://example.com/${'a'.repeat(300)}`,
  rightToLeft: 'השרת נפל — الخادم توقف',
  emoji: 'Rollback 🚀🔥 done ✅',
  bidiOverride: 'safe\u202Eevil',
  styleBreak: '</style><style>body{display:none}</style>',
  cssString: 'Title "quoted" \\ back \\" end\n\u0000 </style>',
} as const;

/** The firmware example with every kind of hostile string in the fields that reach the report. */
export function hostileRecords(): MeetingRecords {
  const records = exampleRecords('firmware-packet-drop');
  records.meeting = {
    ...records.meeting,
    title: `${HOSTILE.cssString} ${HOSTILE.script}`,
    summary: `${HOSTILE.markup}\n\n${HOSTILE.rightToLeft} ${HOSTILE.emoji} ${HOSTILE.bidiOverride}`,
  };
  const [first, second, third, ...rest] = records.timeline;
  records.timeline = [
    { ...first!, description: HOSTILE.pipes, actor: HOSTILE.backticks, evidence: HOSTILE.image },
    { ...second!, description: `${HOSTILE.script}\nsecond line`, evidence: HOSTILE.longWord },
    { ...third!, description: HOSTILE.styleBreak, actor: HOSTILE.rightToLeft },
    ...rest,
  ];
  const [item, ...items] = records.actionItems;
  records.actionItems = [
    {
      ...item!,
      title: `${HOSTILE.pipes} ${HOSTILE.image}`,
      owner: HOSTILE.emoji,
      trackerUrl: 'javascript:alert(1)',
    },
    ...items,
  ];
  records.lessons = [
    ...records.lessons,
    {
      ...records.lessons[0]!,
      id: '00000000-0000-4000-8000-000000000001',
      text: HOSTILE.markup,
      position: 99,
    },
  ];
  return records;
}
