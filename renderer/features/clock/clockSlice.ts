import { clockOfHourCycle, resolveClock, type ClockFormat } from '../../../shared/domain/format/clock';
import type { AppState } from '../../store/createAppStore';
import type { SliceCreator } from '../../store/sliceCreator';

export interface ClockSlice {
  clock: {
    /** The clock this computer's locale uses: what a meeting set to `system` is shown in. */
    system: ClockFormat;
  };
}

/** The hour cycle of this window's locale (the OS language in Electron), read once per window. */
export function thisComputersClock(): ClockFormat {
  return clockOfHourCycle(
    new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hourCycle,
  );
}

/** The computer's clock, passed in (tests name it; a window reads it from its locale). */
export function createClockSlice(system: ClockFormat): SliceCreator<ClockSlice> {
  return () => ({ clock: { system } });
}

/** The clock the open meeting is shown in: its own choice, or this computer's. */
export function selectMeetingClock(state: AppState): ClockFormat {
  return resolveClock(state.overview.records?.meeting.clockFormat ?? 'system', state.clock.system);
}
