import type { CallTiming } from './pageSocketEntry';

/** A state of the page a figure waits for: the element, and what it must read or hold. */
export interface Condition {
  selector: string;
  /** Its text must include this. */
  text?: string;
  /** Its (input's) value must be exactly this. */
  value?: string;
  /** No element may match the selector (a mark that must be gone). */
  absent?: boolean;
}

export interface ProbePlan {
  /** Every condition must hold (checked once a frame, so the figure is frame-exact). */
  until: Condition[];
  /** A later state to time too, from the same keypress (a capture painted, then saved). */
  andThen?: Condition[];
  /** How long the page may take before the figure fails, naming what never held; 60 s unless given. */
  withinMs?: number;
  /** Clicked as soon as it is in the page (the tab a person opens right after the meeting). */
  clickWhenShown?: string;
}

/** Page times (performance.now()) of one figure, with the calls made meanwhile. */
export interface ProbeResult {
  keyAt: number;
  paintedAt: number;
  /** When `andThen` was first painted; null without one. */
  andThenAt: number | null;
  /** The first frame begun after the keydown, and the frame `until` was painted in (rAF times). */
  firstFrameAt: number;
  frameAt: number;
  /** The calls sent after the keypress and answered by the last state timed. */
  calls: CallTiming[];
}

function holds(condition: Condition): boolean {
  const element = document.querySelector(condition.selector);
  if (condition.absent) return element === null;
  if (!element) return false;
  if (condition.text !== undefined && !(element.textContent ?? '').includes(condition.text)) return false;
  if (condition.value !== undefined && (element as HTMLInputElement).value !== condition.value) return false;
  return true;
}

/** What the page offers for a task ahead of the queue (Chromium's Prioritized Task Scheduling). */
interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

const scheduler = (window as unknown as { scheduler?: TaskScheduler }).scheduler;

/**
 * Runs `callback` in the first task after the current frame is painted. Posted from a
 * requestAnimationFrame callback, no task runs before that frame's paint and commit; at
 * 'user-blocking' priority it also runs before the tasks already queued at normal priority (a
 * socket message with the core's answer, React's scheduled work, a selectionchange). A plain
 * MessageChannel message waited behind those, and billed the figure 10–14 ms of work done after
 * the paint (a trace of a quick-add at 100 items: the frame committed 22 ms after the keydown,
 * the message ran at 36 ms, after the answer's 11 ms render).
 */
function afterPaint(callback: () => void): void {
  if (scheduler) {
    void scheduler.postTask(callback, { priority: 'user-blocking' });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = callback;
  channel.port2.postMessage(null);
}

/**
 * Keypress → painted, measured in the page: from the keydown's own timestamp to the frame in
 * which the awaited state is first in the DOM, taken in the first task after that frame's
 * requestAnimationFrame (see `afterPaint`). With `andThen`, the same keypress to the frame in
 * which that later state is first painted, too.
 */
function arm(plan: ProbePlan): void {
  let keyAt: number | null = null;
  let clicked = false;
  let finished = false;
  const clicker = plan.clickWhenShown
    ? new MutationObserver(() => {
        const target = document.querySelector<HTMLElement>(plan.clickWhenShown!);
        if (!target || clicked) return;
        clicked = true;
        target.click();
      })
    : null;
  clicker?.observe(document.body, { childList: true, subtree: true });
  const withinMs = plan.withinMs ?? 60_000;
  const stages = plan.andThen ? [plan.until, plan.andThen] : [plan.until];
  /** How many stages held so far, and when each was first painted (once that frame is). */
  let passed = 0;
  const reached: number[] = [];
  /** The frame in which `until` first held. */
  let untilFrameAt = 0;
  probe.pending = new Promise<ProbeResult>((resolve, reject) => {
    const done = () => {
      finished = true;
      clearTimeout(timer);
      document.removeEventListener('keydown', onKey, true);
      clicker?.disconnect();
    };
    // A timer, not the frames, bounds the wait: frames only run once the key is down.
    const timer = setTimeout(() => {
      done();
      const unmet = keyAt === null ? 'the keypress' : JSON.stringify(stages[passed]!.filter((condition) => !holds(condition)));
      reject(new Error(`The page did not reach ${unmet} within ${withinMs / 1000} s`));
    }, withinMs);
    const frame = (frameAt: number) => {
      if (finished) return;
      let met = passed;
      while (met < stages.length && stages[met]!.every(holds)) met++;
      if (met === passed) return requestAnimationFrame(frame);
      if (passed === 0) untilFrameAt = frameAt;
      passed = met;
      const started = keyAt!;
      afterPaint(() => {
        const paintedAt = performance.now();
        while (reached.length < met) reached.push(paintedAt);
        // The later stage is watched from the next frame, asked for only now. Asked for in this
        // frame's callbacks, that next frame held this task back until it had run, the main
        // thread idle meanwhile (traced), so a capture painted in the first frame after its
        // keydown read as painted a refresh later: typing an event at 10,000, presses alternating
        // between the two, 10–13 of 30 keys spread over the refresh counted as shown in the first
        // frame, 24–26 with the frame asked for here. The control has no later stage.
        if (reached.length < stages.length) return requestAnimationFrame(frame);
        done();
        const made = (window as unknown as { __benchCalls?: CallTiming[] }).__benchCalls ?? [];
        const calls = made.filter((call) => call.sentAt >= started && call.answeredAt <= paintedAt);
        resolve({
          keyAt: started,
          paintedAt: reached[0]!,
          andThenAt: reached[1] ?? null,
          firstFrameAt: firstFrameAt!,
          frameAt: untilFrameAt,
          calls,
        });
      });
    };
    // The frames are watched from the keydown on, not from arming: a frame asked for before the
    // key woke Chromium's frame clock early, so the keypress landed just after a frame began and
    // waited nearly a whole refresh for the next one, even on a page that did nothing with it.
    let firstFrameAt: number | null = null;
    function onKey(event: KeyboardEvent) {
      if (keyAt !== null) return;
      keyAt = event.timeStamp;
      requestAnimationFrame((at) => {
        firstFrameAt = at;
        frame(at);
      });
    }
    document.addEventListener('keydown', onKey, true);
  });
}

/** Frame-to-frame times while the element scrolls by `step` px a frame for `frames` frames. */
function scrollFrames(selector: string, step: number, frames: number): Promise<number[]> {
  const box = document.querySelector(selector)!;
  return new Promise((resolve) => {
    const deltas: number[] = [];
    let last = performance.now();
    const frame = (now: number) => {
      deltas.push(now - last);
      last = now;
      box.scrollTop += step;
      if (deltas.length < frames) requestAnimationFrame(frame);
      else resolve(deltas.slice(1));
    };
    requestAnimationFrame(frame);
  });
}

const probe = { arm, scrollFrames, pending: null as Promise<ProbeResult> | null };
Object.defineProperty(window, '__benchProbe', { value: probe });
