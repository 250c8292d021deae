import { useEffect, useState } from 'react';

/**
 * The current time for a step timer, re-read once a second and never stored (DESIGN.md
 * section 3). The ticks are aligned to the running timer's own seconds (`runningSince`), so the
 * console and the projector turn over to the next second together instead of up to 1 s apart.
 */
export function useTimerNow(runningSince: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const current = Date.now();
      const intoSecond =
        runningSince === null ? current % 1000 : (((current - runningSince) % 1000) + 1000) % 1000;
      // A few ms past the boundary, so the reading has surely moved on when it is taken.
      timer = setTimeout(tick, 1000 - intoSecond + 5);
    };
    const tick = () => {
      setNow(Date.now());
      schedule();
    };
    // No immediate re-read: a stale `now` before `runningSince` reads as "no time run yet",
    // which is exactly right for a timer that has just started.
    schedule();
    return () => clearTimeout(timer);
  }, [runningSince]);
  return now;
}
