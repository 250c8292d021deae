import { CLOCK_SETTINGS, CLOCK_SETTING_LABELS, type ClockSetting } from '../../../shared/domain/format/clock';
import type { Meeting } from '../../../shared/types';
import { Field } from '../../components/Field';
import { useApp } from '../../store/useApp';

const isClockSetting = (value: string): value is ClockSetting =>
  (CLOCK_SETTINGS as readonly string[]).includes(value);

/**
 * The meeting's clock (issue #12 item 19): follow this computer, or always 24-hour or 12-hour.
 * Saved on the meeting, so the projector, the report and a second console show the same clock.
 */
export function ClockSettingField({ meeting }: { meeting: Meeting }) {
  const write = useApp((state) => state.writeRecord);
  const system = useApp((state) => state.clock.system);
  const label = (setting: ClockSetting) =>
    setting === 'system'
      ? `${CLOCK_SETTING_LABELS.system} (${system === '24h' ? '24-hour' : '12-hour'})`
      : CLOCK_SETTING_LABELS[setting];
  return (
    <Field
      label="Clock"
      hint="Every time in this meeting and its report is shown in it."
      className="clock-setting"
    >
      {(control) => (
        <select
          {...control}
          value={meeting.clockFormat}
          onChange={(event) => {
            const clockFormat = event.target.value;
            if (isClockSetting(clockFormat)) {
              void write('meetings.update', { id: meeting.id, patch: { clockFormat } });
            }
          }}
        >
          {CLOCK_SETTINGS.map((setting) => (
            <option key={setting} value={setting}>
              {label(setting)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
