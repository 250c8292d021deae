import { afterEach } from 'vitest';
import { screen } from '@testing-library/react';
import type { Core } from '../../../../electron/core/createCore';
import { projectorHash } from '../../../../shared/projectorRoute';
import type { StepKind } from '../../../../shared/domain/vocabulary';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { inProcessBridge } from '../../../helpers/inProcessBridge';
import { renderApp } from '../../../helpers/renderApp';
import { testCore, value } from '../../../helpers/testCore';

afterEach(() => {
  window.location.hash = '';
});

/**
 * A projector window (the page at #projector?meeting=…) over a real core where the meeting
 * exists, as Electron's second window would be. `meetingInput` goes to `meetings.create`.
 */
export async function openProjector(meetingInput: Record<string, unknown> = {}) {
  const { core } = await testCore();
  const meeting = await value<Meeting>(core, 'meetings.create', {
    title: 'Checkout outage',
    autoStartNextStep: false,
    ...meetingInput,
  });
  window.location.hash = `#${projectorHash(meeting.id)}`;
  const app = await renderApp({ wrapApi: () => inProcessBridge(core) });
  const call = <T = unknown>(name: string, input: Record<string, unknown>) =>
    value<T>(core, name, { meetingId: meeting.id, ...input });
  return { ...app, core, meeting, call, goTo: (kind: StepKind) => goTo(core, meeting.id, kind) };
}

/** The console moves the meeting to its step of `kind`; resolves once the projector shows it. */
async function goTo(core: Core, meetingId: string, kind: StepKind) {
  const { agenda } = await value<MeetingRecords>(core, 'meetings.get', { id: meetingId });
  const step = agenda.find((candidate) => candidate.kind === kind)!;
  await value(core, 'agenda.goToStep', { meetingId, stepId: step.id });
  await screen.findByRole('heading', { level: 1, name: step.title });
}

/** The projector is read-only: nothing on it can take the keyboard or a click. */
export function focusableOnProjector(): Element[] {
  return Array.from(
    document.querySelectorAll(
      '.projector :is(a[href], button, input, select, textarea, [tabindex], [role="button"])',
    ),
  );
}

/** 2026-03-05 at `time` UTC. */
export const utc = (time: string) => Date.parse(`2026-03-05T${time}Z`);
