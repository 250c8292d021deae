/**
 * How a meeting writes clock times (issue #12 item 19): one choice per meeting, so event times,
 * the meeting clock, notices and the report never mix `21:05` with `9:05 PM`. `system` follows
 * the hour cycle of the computer's locale, which only the window showing it can read; everything
 * that must not depend on the machine (the report's bytes, the CLI) is handed the resolved choice.
 */
export const CLOCK_SETTINGS = ['system', '24h', '12h'] as const;

/** A meeting's stored choice: follow the computer, or always 24-hour or 12-hour. */
export type ClockSetting = (typeof CLOCK_SETTINGS)[number];

/** The clock a meeting is shown in once `system` is resolved. */
export type ClockFormat = Exclude<ClockSetting, 'system'>;

/** What the setting is called where a facilitator picks it. */
export const CLOCK_SETTING_LABELS: Record<ClockSetting, string> = {
  system: 'As this computer shows it',
  '24h': '24-hour (21:05)',
  '12h': '12-hour (9:05 PM)',
};

/**
 * The clock of a locale's hour cycle (`Intl.DateTimeFormat().resolvedOptions().hourCycle`):
 * `h11`/`h12` count to 12 with AM/PM, `h23`/`h24` (and an unknown cycle) count to 24.
 */
export function clockOfHourCycle(hourCycle: string | undefined): ClockFormat {
  return hourCycle === 'h11' || hourCycle === 'h12' ? '12h' : '24h';
}

/** The clock a meeting is shown in: its own choice, or the computer's when it follows the computer. */
export function resolveClock(setting: ClockSetting, system: ClockFormat): ClockFormat {
  return setting === 'system' ? system : setting;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `21:05:09` or `9:05:09 PM` (`21:05` / `9:05 PM` without seconds): a wall-clock reading in
 * the meeting's clock. Midnight is `00:05` or `12:05 AM`, noon `12:05` or `12:05 PM`.
 */
export function formatClock(
  time: { hour: number; minute: number; second: number },
  clock: ClockFormat,
  { seconds = true }: { seconds?: boolean } = {},
): string {
  const rest = `${pad(time.minute)}${seconds ? `:${pad(time.second)}` : ''}`;
  if (clock === '24h') return `${pad(time.hour)}:${rest}`;
  const hour = time.hour % 12 === 0 ? 12 : time.hour % 12;
  return `${hour}:${rest} ${time.hour < 12 ? 'AM' : 'PM'}`;
}
