import type { TimelineEvent } from '../../types';
import { chronological } from './chronologicalOrder';
import { milestonesOf, type IncidentFacts, type Milestones } from './metrics';

/** The incident's phases, as the projector strip shows them. */
export const PHASES = ['undetected', 'detected', 'mitigating', 'resolved'] as const;
export type Phase = (typeof PHASES)[number];

export interface StripSpan {
  phase: Phase;
  /** Fractions of the strip's width, 0 … 1. */
  from: number;
  to: number;
}

export interface StripLayout {
  startAt: number;
  endAt: number;
  spans: StripSpan[];
  /** The live events on it, in time order; stripMarks.ts says which are ticked and labelled. */
  events: readonly TimelineEvent[];
}

/** How long the layout's axis is, in ms. */
export function stripSpan(layout: Pick<StripLayout, 'startAt' | 'endAt'>): number {
  // A single instant still needs a visible axis: give it a minute.
  return layout.endAt - layout.startAt || 60_000;
}

/** Where instant `at` falls on the layout's axis, as a fraction of its width. */
export function stripFraction(layout: Pick<StripLayout, 'startAt' | 'endAt'>, at: number): number {
  return (at - layout.startAt) / stripSpan(layout);
}

/**
 * Where everything goes on the horizontal strip: the axis runs from the earliest of the start and
 * the first event to the latest of the resolution and the last event. Phases: undetected (start →
 * detection), detected (→ the first mitigation attempt or mitigation), mitigating (→ resolution),
 * resolved (after it). A phase whose ends are unknown is left out rather than guessed.
 */
export function stripLayout(facts: IncidentFacts): StripLayout | null {
  const events = chronological(facts.timeline);
  return stripLayoutOf(events, milestonesOf(facts.meeting, events));
}

/** `stripLayout` of live events already in time order and their milestones (`milestonesOf`). */
export function stripLayoutOf(events: readonly TimelineEvent[], milestones: Milestones): StripLayout | null {
  const times = [milestones.start?.at, milestones.resolved?.at, events[0]?.at, events.at(-1)?.at].filter(
    (at): at is number => at !== undefined,
  );
  if (times.length === 0) return null;
  const axis = { startAt: Math.min(...times), endAt: Math.max(...times) };
  const x = (at: number) => stripFraction(axis, at);

  const firstAction = events.find(
    (event) => event.kind === 'mitigation-attempt' || event.kind === 'mitigation',
  );
  const { endAt } = axis;
  const bounds: [Phase, number | undefined, number | undefined][] = [
    ['undetected', milestones.start?.at, milestones.detected?.at],
    ['detected', milestones.detected?.at, firstAction?.at ?? milestones.mitigated?.at],
    ['mitigating', firstAction?.at ?? milestones.mitigated?.at, milestones.resolved?.at],
    ['resolved', milestones.resolved?.at, endAt > (milestones.resolved?.at ?? endAt) ? endAt : undefined],
  ];
  const spans = bounds
    .filter((bound): bound is [Phase, number, number] => bound[1] !== undefined && bound[2] !== undefined)
    .filter(([, from, to]) => to > from)
    .map(([phase, from, to]) => ({ phase, from: x(from), to: x(to) }));
  return { ...axis, spans, events };
}
