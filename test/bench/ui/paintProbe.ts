import type { CallTiming } from './pageSocketEntry';

/** A state of the page a figure waits for: the element, and what it must read or hold. */
export interface Condition {
  selector: string;
  /** Its text must include this. */
  text?: string;
  /** Its (input's) value must be exactly this. */
  value?: string;
}

export interface ProbePlan {
  /** Every condition must hold (checked once a frame, so the figure is frame-exact). */
  until: Condition[];
  /** How long the page may take before the figure fails, naming what never held; 60 s unless given. */
  withinMs?: number;
  /** Clicked as soon as it is in the page (the tab a person opens right after the meeting). */
  clickWhenShown?: string;
}

/** Page times (performance.now()) of one figure, with the calls made meanwhile. */
export interface ProbeResult {
  keyAt: number;
  paintedAt: number;
  calls: CallTiming[];
}

function holds(condition: Condition): boolean {
  const element = document.querySelector(condition.selector);
  if (!element) return false;
  if (condition.text !== undefined && !(element.textContent ?? '').includes(condition.text)) return false;
  if (condition.value !== undefined && (element as HTMLInputElement).value !== condition.value) return false;
  return true;
}

/**
 * Keypress → painted, measured in the page: from the keydown's own timestamp to the frame in
 * which the awaited state is first in the DOM, taken after that frame's requestAnimationFrame
 * (a message posted from it runs once the frame is painted).
 */
function arm(plan: ProbePlan): void {
  let keyAt: number | null = null;
  let clicked = false;
  const onKey = (event: KeyboardEvent) => {
    keyAt ??= event.timeStamp;
  };
  document.addEventListener('keydown', onKey, true);
  const clicker = plan.clickWhenShown
    ? new MutationObserver(() => {
        const target = document.querySelector<HTMLElement>(plan.clickWhenShown!);
        if (!target || clicked) return;
        clicked = true;
        target.click();
      })
    : null;
  clicker?.observe(document.body, { childList: true, subtree: true });
  const armedAt = performance.now();
  const withinMs = plan.withinMs ?? 60_000;
  probe.pending = new Promise<ProbeResult>((resolve, reject) => {
    const frame = () => {
      if (keyAt === null || !plan.until.every(holds)) {
        if (performance.now() - armedAt <= withinMs) return requestAnimationFrame(frame);
        document.removeEventListener('keydown', onKey, true);
        clicker?.disconnect();
        const unmet = keyAt === null ? 'the keypress' : JSON.stringify(plan.until.filter((condition) => !holds(condition)));
        return reject(new Error(`The page did not reach ${unmet} within ${withinMs / 1000} s`));
      }
      const started = keyAt;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const paintedAt = performance.now();
        const calls = (window as unknown as { __benchCalls: CallTiming[] }).__benchCalls.filter(
          (call) => call.sentAt >= started && call.answeredAt <= paintedAt,
        );
        resolve({ keyAt: started, paintedAt, calls });
      };
      channel.port2.postMessage(null);
      document.removeEventListener('keydown', onKey, true);
      clicker?.disconnect();
    };
    requestAnimationFrame(frame);
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
