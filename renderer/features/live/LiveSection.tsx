import { useState } from 'react';
import { readTimer } from '../../../shared/domain/agenda/timer';
import { adjacentStep, orderedSteps } from '../../../shared/domain/agenda/walk';
import type { MeetingRecords } from '../../../shared/types';
import { Button } from '../../components/Button';
import { useApp } from '../../store/useApp';
import { EditAgendaButton } from '../agenda/EditAgendaButton';
import { ParkingLotPanel } from '../parking-lot/ParkingLotPanel';
import { RoomPanelHost } from '../room/RoomPanel';
import { useRoomCommand } from '../room/useRoomCommand';
import { AgendaRail } from './AgendaRail';
import { EndMeetingDialog } from './EndMeetingDialog';
import { CommandButton, LiveControls } from './LiveControls';
import { MeetingClockLine } from './MeetingClockLine';
import { ShortcutSheet } from './ShortcutSheet';
import { describeTimer, StepTimer } from './StepTimer';
import { StepWorkspace } from './StepWorkspace';
import { useConsoleShortcuts } from './useConsoleShortcuts';
import { useTimerNow } from './useTimerNow';
import { useTimeUpSignal } from './useTimeUpSignal';
import { useCockpitScrollPadding } from './useCockpitScrollPadding';

/**
 * The facilitator console ("Run the meeting"): the agenda rail, the current step large with
 * its timer and controls, the meeting clock, and the keyboard commands of shared/commands.ts.
 */
export function LiveSection({ records }: { records: MeetingRecords }) {
  const { meeting } = records;
  const agenda = orderedSteps(records.agenda);
  const current = agenda.find((step) => step.id === meeting.currentStepId) ?? null;
  const now = useTimerNow(current?.runningSince ?? null);
  const live = useApp((state) => state.live);
  const startStep = useApp((state) => state.startStep);
  const pauseStep = useApp((state) => state.pauseStep);
  const extendStep = useApp((state) => state.extendStep);
  const goToStep = useApp((state) => state.goToStep);
  const nextStep = useApp((state) => state.nextStep);
  const previousStep = useApp((state) => state.previousStep);
  const endMeeting = useApp((state) => state.endMeeting);
  const signalMoveOn = useApp((state) => state.signalMoveOn);
  const openProjector = useApp((state) => state.openProjector);
  const saveLiveSetting = useApp((state) => state.saveLiveSetting);
  const setShortcutSheetOpen = useApp((state) => state.setShortcutSheetOpen);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const room = useRoomCommand(meeting.id);
  const cockpit = useCockpitScrollPadding<HTMLDivElement>();

  const reading = current ? readTimer(current, now) : null;
  const pulsing = useTimeUpSignal(
    current?.id ?? null,
    reading?.phase ?? 'normal',
    reading?.running ?? false,
    meeting.chimeMuted,
  );
  const hasNext = adjacentStep(agenda, meeting.currentStepId, 'next') !== null;
  const hasPrevious = adjacentStep(agenda, meeting.currentStepId, 'previous') !== null;
  const moveOnRaised = meeting.moveOnSignalAt !== null;
  // Ending is final until reopened on purpose: no key (Space, →, a step number) walks back in.
  const ended = current === null && (meeting.status === 'review' || meeting.status === 'published');

  const toggle = () => {
    if (!current) return void nextStep();
    return void (reading?.running ? pauseStep(current.id) : startStep(current.id));
  };
  const toggleChime = () => void saveLiveSetting({ chimeMuted: !meeting.chimeMuted });
  const extend = (seconds: number) => current && void extendStep(current.id, seconds);

  const walking = ended
    ? {}
    : {
        'timer.toggle': toggle,
        'agenda.next': () => hasNext && !live.pending && void nextStep(),
        'agenda.previous': () => hasPrevious && !live.pending && void previousStep(),
        'timer.extendOne': () => extend(60),
        'timer.extendFive': () => extend(300),
        'agenda.jump': (stepNumber?: number) => {
          const step = stepNumber ? agenda[stepNumber - 1] : undefined;
          if (step) void goToStep(step.id);
        },
        'meeting.end': () => setConfirmingEnd(true),
      };
  useConsoleShortcuts({
    ...walking,
    'projector.open': () => void openProjector(),
    'room.open': room.run,
    'shortcuts.show': () => setShortcutSheetOpen(true),
    'chime.toggleMute': toggleChime,
    'meeting.moveOn': () => void signalMoveOn(!moveOnRaised),
  });

  const position = current ? agenda.indexOf(current) + 1 : 0;
  const timer = current ? describeTimer(current, now) : null;
  return (
    <div className={`live${pulsing ? ' live--time-up' : ''}`}>
      <AgendaRail
        agenda={agenda}
        currentStepId={meeting.currentStepId}
        now={now}
        onGoTo={(id) => void goToStep(id)}
      />
      <ParkingLotPanel records={records} />
      <section className="live-main" aria-labelledby="live-step-title">
        {/* Sticky: scrolling the step's work (a long event log) never takes the timer or controls away. */}
        <div className="live-main__cockpit" ref={cockpit}>
          <div className="live-main__bar">
            <MeetingClockLine meeting={meeting} agenda={agenda} now={now} />
            <div className="live-main__tools">
              <EditAgendaButton />
              <CommandButton
                command="projector.open"
                label="Projector"
                onClick={() => void openProjector()}
              />
              <CommandButton command="room.open" label={room.label} onClick={room.run} />
              <CommandButton
                command="meeting.moveOn"
                label={moveOnRaised ? 'Lower “move on”' : 'Move on'}
                onClick={() => void signalMoveOn(!moveOnRaised)}
              />
              <CommandButton
                command="chime.toggleMute"
                label={meeting.chimeMuted ? 'Chime off' : 'Chime on'}
                onClick={toggleChime}
              />
              <CommandButton
                command="shortcuts.show"
                label="Shortcuts"
                onClick={() => setShortcutSheetOpen(true)}
              />
            </div>
          </div>
          {current && timer ? (
            <>
              <div className="live-main__head">
                <div>
                  <p className="live-main__kicker">
                    Step {position} of {agenda.length}
                    {moveOnRaised ? (
                      <span className="live-main__flag"> · “Enough, let’s move on” is on the projector</span>
                    ) : null}
                  </p>
                  <h2 id="live-step-title" className="live-main__title">
                    {current.title}
                  </h2>
                  <p className="live-main__prompt">{current.prompt}</p>
                </div>
                <StepTimer step={current} now={now} />
              </div>
              {timer.neverStarted ? (
                <p className="live-main__reminder" role="status">
                  This step’s timer has not started yet. Press <kbd className="kbd">Space</kbd> to start it.
                </p>
              ) : null}
            </>
          ) : (
            <div className="live-main__ready">
              <h2 id="live-step-title" className="live-main__title">
                {ended ? 'The meeting has ended' : 'Ready to start'}
              </h2>
              <p className="live-main__prompt">
                {ended
                  ? 'The report and the action items are ready to finish. Reopening walks back to the first step.'
                  : `${agenda.length} steps, one timebox each. Start walks to the first step and starts its timer.`}
              </p>
            </div>
          )}
          {ended ? (
            <div className="live-controls">
              <Button disabled={live.pending} onClick={() => void nextStep()}>
                Reopen the meeting
              </Button>
            </div>
          ) : null}
          {ended ? null : (
            <LiveControls
              running={reading?.running ?? false}
              started={(reading?.elapsedSeconds ?? 0) > 0}
              hasNext={hasNext}
              hasPrevious={hasPrevious}
              pending={live.pending}
              onToggle={toggle}
              onExtend={extend}
              onPrevious={() => void previousStep()}
              onNext={() => void nextStep()}
              onEnd={() => setConfirmingEnd(true)}
            />
          )}
          <label className="live-main__setting">
            <input
              type="checkbox"
              checked={meeting.autoStartNextStep}
              onChange={(event) => void saveLiveSetting({ autoStartNextStep: event.target.checked })}
            />{' '}
            Moving to another step starts its timer
          </label>
        </div>
        {/* Keyed by step: the three questions share one workspace component, which would otherwise
            carry a draft typed for one question (a short answer, a note) into the next and save it there. */}
        {current ? <StepWorkspace key={current.id} step={current} meeting={meeting} /> : null}
      </section>
      <RoomPanelHost meetingId={meeting.id} />
      {live.shortcutSheetOpen ? <ShortcutSheet onClose={() => setShortcutSheetOpen(false)} /> : null}
      {confirmingEnd ? (
        <EndMeetingDialog onConfirm={() => void endMeeting()} onClose={() => setConfirmingEnd(false)} />
      ) : null}
    </div>
  );
}
