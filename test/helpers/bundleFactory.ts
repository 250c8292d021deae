import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../shared/domain/bundle/bundleSchema';

/** A readable, valid v4 UUID for record number `n` of a test bundle. */
export function testId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

const MEETING_ID = testId(1);
const T = '2026-03-05T09:31:05.000Z';

function meta(n: number) {
  return {
    id: testId(n),
    createdAt: T,
    updatedAt: T,
    deletedAt: null as string | null,
    createdBy: 'test-laptop',
    meetingId: MEETING_ID,
  };
}

/**
 * A small but complete bundle as plain JSON (times as ISO strings, exactly as `serializeBundle`
 * writes them): one record of every kind, two where order or references matter. Tests break
 * one field of it and check what the import says.
 */
export function bundleJson() {
  return {
    format: BUNDLE_FORMAT as string,
    version: BUNDLE_VERSION as number,
    meeting: {
      id: MEETING_ID,
      createdAt: T,
      updatedAt: T,
      deletedAt: null as string | null,
      createdBy: 'test-laptop',
      title: 'Stale product data',
      incidentId: 'INC-123',
      severity: 'SEV-2' as string | null,
      status: 'review',
      startedAt: '2026-03-05T08:00:00.000Z' as string | null,
      detectedAt: null as string | null,
      mitigatedAt: null as string | null,
      resolvedAt: null as string | null,
      timeZone: 'Europe/Berlin',
      summary: 'Prices were stale.',
      affectedServices: ['storefront'],
      blamelessStatement: 'We look at what allowed this.',
      templateId: null,
      currentStepId: null as string | null,
      autoStartNextStep: true,
      liveStartedAt: null as string | null,
      moveOnSignalAt: null as string | null,
      reviewItemId: null as string | null,
      chimeMuted: false,
      publishedAt: null as string | null,
      walkEventId: null as string | null,
      clockFormat: 'system',
      revisions: {} as Record<string, string>,
    },
    participants: [{ ...meta(10), name: 'Amara Okafor', role: 'facilitator', position: 0 }],
    agenda: [20, 21].map((n, position) => ({
      ...meta(n),
      kind: position === 0 ? 'opening' : 'event-log',
      title: position === 0 ? 'Opening' : 'Event log',
      prompt: '',
      plannedSeconds: 180,
      position,
      accumulatedSeconds: 12.5,
      runningSince: null as string | null,
      completed: true,
      skipped: false,
    })),
    timeline: [30, 31].map((n, index) => ({
      ...meta(n),
      at: `2026-03-05T09:0${index}:00.000Z`,
      kind: index === 0 ? 'first-signal' : 'mitigation-attempt',
      outcome: index === 0 ? null : 'no-effect',
      description: index === 0 ? 'Support ticket about prices' : 'Service restarted',
      actor: 'Catalog on-call',
      evidence: 'https://grafana.example.com/d/price',
      source: 'typed',
    })) as Record<string, unknown>[],
    impact: {
      ...meta(40),
      usersAffected: 1200,
      usersAffectedPercent: 2.5,
      regions: 'EU',
      revenueLossEstimate: 1000.5,
      currency: 'EUR',
      customerReactions: '',
      supportTickets: 12,
      onCallHours: 3.25,
      peoplePaged: 2,
      notes: '',
      dataLost: '',
      dataLostCount: null as number | null,
      mappedAt: null as string | null,
    } as Record<string, unknown> | null,
    questions: [
      {
        ...meta(50),
        question: 'detect',
        answer: 'An alert on the hit ratio.',
        answered: true,
        nothingToDo: false,
      },
    ],
    questionNotes: [{ ...meta(51), question: 'detect', text: 'Hit ratio jumped', position: 0 }],
    rootCause: { ...meta(60), primaryCause: 'A cache rule matched the API.' } as Record<
      string,
      unknown
    > | null,
    rootCauseItems: [
      { ...meta(61), kind: 'why', text: 'Why stale? Cached.', category: 'tools', position: 0 },
    ],
    lessons: [{ ...meta(70), kind: 'got-lucky', text: 'Checkout used origin prices.', position: 0 }],
    actionItems: [
      {
        ...meta(80),
        title: 'Never cache API paths at the edge',
        question: 'prevent',
        type: 'preventative',
        owner: 'Platform Edge team',
        dueDate: '2026-03-20',
        successMeasure: 'Synthetic check green for 30 days',
        rank: 0,
        status: 'open',
        trackerUrl: '',
      },
    ],
    parkingLot: [
      { ...meta(90), text: 'Audit other rules', stepId: testId(21) as string | null, resolved: false },
    ],
    // None: most meetings are typed, not imported, and counts elsewhere pin the records above.
    importPeople: [] as (ReturnType<typeof meta> & { person: string; role: string })[],
  };
}

/** The bundle JSON as file text. */
export function bundleText(edit: (bundle: ReturnType<typeof bundleJson>) => void = () => {}): string {
  const bundle = bundleJson();
  edit(bundle);
  return JSON.stringify(bundle);
}
