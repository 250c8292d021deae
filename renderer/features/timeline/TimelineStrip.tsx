import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import type { StripLayout } from '../../../shared/domain/timeline/strip';
import { STRIP_COLUMNS, stripMarksFollower } from '../../../shared/domain/timeline/stripMarks';
import {
  formatEventDateTime,
  formatEventTime,
  spansSeveralDays,
} from '../../../shared/domain/timeline/zonedTime';
import { EVENT_KIND_LABELS } from '../../../shared/domain/vocabulary';
import { placeStripLabels, STRIP_WIDTH } from './stripLabels';
import { useApp } from '../../store/useApp';
import { selectMeetingClock } from '../clock/clockSlice';
import type { ClockFormat } from '../../../shared/domain/format/clock';

const BAR_Y = 110;
const BAR_HEIGHT = 30;
const PAD = 12;

const PHASE_LABELS = {
  undetected: 'Undetected',
  detected: 'Detected',
  mitigating: 'Mitigating',
  resolved: 'Resolved',
} as const;

const toX = (fraction: number) => PAD + fraction * (STRIP_WIDTH - 2 * PAD);
const TICK_TOP = BAR_Y - 6;
const TICK_BOTTOM = BAR_Y + BAR_HEIGHT + 6;

/**
 * Every occupied column's tick as one SVG path: the strip of a 50,000-event log is one element,
 * not one per event or column, so a new event redraws a string rather than reconciling a
 * thousand lines (issue #16).
 */
function tickPath(occupied: Uint8Array): string {
  const segments: string[] = [];
  for (let column = 0; column < occupied.length; column++) {
    if (occupied[column] === 0) continue;
    const x = Math.round(toX(column / STRIP_COLUMNS) * 10) / 10;
    segments.push(`M${x} ${TICK_TOP}V${TICK_BOTTOM}`);
  }
  return segments.join('');
}

/**
 * The strip's range in the meeting's zone: times alone within one day, dates as well when the
 * incident crosses midnight, since "00:10:00 → 18:14:00" hides a 42-hour span.
 */
function formatRange(startAt: number, endAt: number, timeZone: string, clock: ClockFormat): string {
  const format = spansSeveralDays([{ at: startAt }, { at: endAt }], timeZone)
    ? formatEventDateTime
    : formatEventTime;
  return `${format(startAt, timeZone, clock)} → ${format(endAt, timeZone, clock)}`;
}

/**
 * The incident as a horizontal strip: its phases as bands (named in words, not told by colour
 * alone) and its events as ticks, the key ones labelled. Built for the projector: a viewBox that
 * scales to any width with large type. In the console, clicking a key event (or Enter on it)
 * highlights it here and in the table, and the other way round; the projector's strip is
 * read-only, since nobody in the room can click it. Memoised: a keystroke in the event log's
 * filter or capture row does not draw its ticks again, and a new event redraws one path.
 */
export const TimelineStrip = memo(function TimelineStrip({
  layout,
  timeZone,
  variant = 'console',
}: {
  layout: StripLayout;
  timeZone: string;
  variant?: 'console' | 'projector';
}) {
  const clock = useApp(selectMeetingClock);
  const highlightedId = useApp((state) => state.timeline.highlightedId);
  const highlightEvent = useApp((state) => state.highlightEvent);
  const [marksOf] = useState(stripMarksFollower);
  const marks = useMemo(() => marksOf(layout, highlightedId), [marksOf, layout, highlightedId]);
  const ticks = useMemo(() => tickPath(marks.occupied), [marks.occupied]);
  const { keys: keyMarkers, highlighted: highlightedTick } = marks;
  const labels = useMemo(
    () =>
      placeStripLabels(
        keyMarkers.map(({ event, x }) => ({
          time: formatEventTime(event.at, timeZone, clock, { seconds: false }),
          kind: EVENT_KIND_LABELS[event.kind],
          x: toX(x),
        })),
      ),
    [keyMarkers, timeZone, clock],
  );

  const onKey = (eventId: string) => (keyEvent: KeyboardEvent) => {
    if (keyEvent.key !== 'Enter' && keyEvent.key !== ' ') return;
    keyEvent.preventDefault();
    highlightEvent(eventId);
  };

  const interactive = variant === 'console';
  return (
    <figure className={`timeline-strip timeline-strip--${variant}`}>
      <svg viewBox={`0 0 ${STRIP_WIDTH} 175`} role="group" aria-label="Incident phases and key events">
        {layout.spans.map((span) => (
          <g key={span.phase} className={`strip-phase strip-phase--${span.phase}`}>
            <rect x={toX(span.from)} y={BAR_Y} width={toX(span.to) - toX(span.from)} height={BAR_HEIGHT} />
            {toX(span.to) - toX(span.from) > 90 ? (
              <text x={toX(span.from) + 6} y={BAR_Y + BAR_HEIGHT + 24} className="strip-phase__label">
                {PHASE_LABELS[span.phase]}
              </text>
            ) : null}
          </g>
        ))}
        {ticks ? <path className="strip-tick" d={ticks} /> : null}
        {highlightedTick ? (
          <line
            className="strip-tick strip-tick--highlighted"
            x1={toX(highlightedTick.x)}
            x2={toX(highlightedTick.x)}
            y1={TICK_TOP}
            y2={TICK_BOTTOM}
          />
        ) : null}
        {keyMarkers.map(({ event, x }, index) => {
          const highlighted = event.id === highlightedId;
          const label = labels[index]!;
          const control = interactive
            ? {
                role: 'button',
                tabIndex: 0,
                'aria-pressed': highlighted,
                'aria-label': `${label.name}: ${event.description}`,
                onClick: () => highlightEvent(event.id),
                onKeyDown: onKey(event.id),
              }
            : {};
          return (
            <g
              key={event.id}
              className={highlighted ? 'strip-key strip-key--highlighted' : 'strip-key'}
              {...control}
            >
              <line x1={toX(x)} x2={toX(x)} y1={label.y + 6} y2={BAR_Y} className="strip-key__stem" />
              <circle cx={toX(x)} cy={BAR_Y + BAR_HEIGHT / 2} r={highlighted ? 11 : 8} />
              {label.shown ? (
                <text x={label.x} y={label.y} textAnchor={label.anchor}>
                  {label.shown}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="timeline-strip__caption">
        {formatRange(layout.startAt, layout.endAt, timeZone, clock)}
      </figcaption>
    </figure>
  );
});
