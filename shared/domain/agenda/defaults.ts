import type { StepKind } from '../vocabulary';

/** A step of an agenda before it belongs to a meeting. */
export interface AgendaStepTemplate {
  kind: StepKind;
  title: string;
  prompt: string;
  plannedSeconds: number;
}

const minutes = (count: number) => count * 60;

/** The agenda practised by experienced facilitators (DESIGN.md section 2): 60 minutes in all. */
export const DEFAULT_AGENDA: readonly AgendaStepTemplate[] = [
  {
    kind: 'opening',
    title: 'Opening',
    prompt: 'Read the blameless statement aloud. We are here to learn what allowed this, not who caused it.',
    plannedSeconds: minutes(3),
  },
  {
    kind: 'event-log',
    title: 'Event log',
    prompt:
      'The incident owner walks the facts in order, from the first signal to the declared resolution. Facts only: anything else goes to the parking lot.',
    plannedSeconds: minutes(12),
  },
  {
    kind: 'impact',
    title: 'Impact',
    prompt: 'Who and what was affected, for how long, and how badly?',
    plannedSeconds: minutes(5),
  },
  {
    kind: 'remediate',
    title: 'Remediate faster',
    prompt: 'Once the issue was detected, what could we have done to remediate it faster?',
    plannedSeconds: minutes(10),
  },
  {
    kind: 'detect',
    title: 'Detect earlier',
    prompt: 'Once the issue was introduced, what could we have done to detect it earlier?',
    plannedSeconds: minutes(10),
  },
  {
    kind: 'prevent',
    title: 'Prevent',
    prompt: 'What could we have done to prevent the incident from happening?',
    plannedSeconds: minutes(10),
  },
  {
    kind: 'action-review',
    title: 'Action review',
    prompt:
      'Is every action item specific and owned — a defined change, an owner, a due date, a measurable outcome, a type — and in priority order?',
    plannedSeconds: minutes(7),
  },
  {
    kind: 'wrap-up',
    title: 'Wrap-up',
    prompt: 'What went well, what went wrong, where did we get lucky? Who publishes the report, and by when?',
    plannedSeconds: minutes(3),
  },
];

/** Our own default blameless statement, read aloud in the Opening step. */
export const DEFAULT_BLAMELESS_STATEMENT =
  'We are here to understand how our systems and processes allowed this incident, not to find ' +
  'someone to blame. Everyone acted in good faith with the information, tools and time they had. ' +
  'We speak about what happened and what made it possible, and we leave with changes that make ' +
  'the next incident smaller, shorter or impossible.';

/** Total planned length of an agenda in seconds, skipped steps left out. */
export function plannedTotalSeconds(steps: readonly { plannedSeconds: number; skipped?: boolean }[]): number {
  return steps.reduce((total, step) => (step.skipped ? total : total + step.plannedSeconds), 0);
}
