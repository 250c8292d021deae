import type { CDPSession } from 'playwright-core';

/** One event of a Chromium trace (Tracing.dataCollected), as far as the attribution reads it. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

export interface Traced<T> {
  events: TraceEvent[];
  profile: CpuProfile;
  result: T;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
].join(',');

/**
 * Runs `press` under a devtools timeline trace and a 50 µs sampling CPU profile. Both use the
 * same monotonic clock (µs), so samples and trace events line up.
 */
export async function traced<T>(cdp: CDPSession, press: () => Promise<T>): Promise<Traced<T>> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: unknown[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const result = await press();
  const { profile } = await cdp.send('Profiler.stop');
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { events, profile: profile as unknown as CpuProfile, result };
}

/** Milliseconds by name, summed over the rounds attributed, for means. */
export class Attribution {
  rounds = 0;
  readonly phases = new Map<string, number>();
  readonly selfJs = new Map<string, number>();
  readonly totalJs = new Map<string, number>();

  /**
   * Attributes the main thread's time from the keydown to `spanMs` later: each task's phases
   * (style, layout, paint, hit test… as the trace names them), the keydown's task and the frame's
   * task, and JS time by function (self, and total with what it called). Returns the tasks of
   * the span, one line each, with their phases over 0.15 ms in order.
   */
  add({ events, profile }: Traced<unknown>, spanMs: number): string {
    const key = events.find(
      (event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown',
    );
    if (!key) throw new Error('No keydown in the trace');
    const [from, to] = [key.ts, key.ts + spanMs * 1000];
    const main = events.filter(
      (event) =>
        event.pid === key.pid &&
        event.tid === key.tid &&
        event.ph === 'X' &&
        event.ts + (event.dur ?? 0) >= from &&
        event.ts < to,
    );
    const ms = (event: TraceEvent) => (event.dur ?? 0) / 1000;
    const within = (task: TraceEvent, event: TraceEvent) =>
      event.ts >= task.ts && event.ts <= task.ts + (task.dur ?? 0);
    const tasks = main.filter((event) => event.name === 'RunTask');
    for (const event of main)
      if (event.name !== 'RunTask' && event.name !== 'EventDispatch') add(this.phases, event.name, ms(event));
    const keyTask = tasks.find((task) => within(task, key));
    const frameTask = tasks.find((task) =>
      main.some((event) => event.name === 'Paint' && within(task, event)),
    );
    add(this.phases, '[keydown → painted]', spanMs);
    add(this.phases, '[the keydown’s task]', keyTask ? ms(keyTask) : 0);
    add(this.phases, '[the frame’s task]', frameTask ? ms(frameTask) : 0);
    this.addSamples(profile, from, to);
    this.rounds++;
    return tasks
      .map((task) => {
        const phases = main
          .filter(
            (event) =>
              event !== task && within(task, event) && ms(event) > 0.15 && !event.name.startsWith('V8.'),
          )
          .map(
            (event) =>
              `${event.name}${event.args?.data?.type ? `(${event.args.data.type})` : ''} ${ms(event).toFixed(2)}`,
          );
        return `  +${((task.ts - from) / 1000).toFixed(1)} ms, task of ${ms(task).toFixed(2)} ms: ${phases.join(' | ')}`;
      })
      .join('\n');
  }

  private addSamples(profile: CpuProfile, from: number, to: number) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parents = new Map<number, ProfileNode>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
    const name = (node: ProfileNode) =>
      `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
    let at = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      at += profile.timeDeltas[i]!;
      const node = nodes.get(profile.samples[i]!)!;
      if (at < from || at >= to || ['(idle)', '(program)'].includes(node.callFrame.functionName)) continue;
      const sampleMs = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      add(this.selfJs, name(node), sampleMs);
      const seen = new Set<string>();
      for (let up: ProfileNode | undefined = node; up; up = parents.get(up.id)) {
        if (!seen.has(name(up))) add(this.totalJs, name(up), sampleMs);
        seen.add(name(up));
      }
    }
  }

  /** Forgets the rounds so far (a cold first round). */
  reset() {
    this.rounds = 0;
    for (const map of [this.phases, this.selfJs, this.totalJs]) map.clear();
  }

  /** The mean per round of every phase, and of the JS functions that took the most. */
  means(): string {
    const top = (map: Map<string, number>, count: number, keep = (_name: string) => true) =>
      [...map]
        .filter(([name]) => keep(name))
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([name, sum]) => `  ${(sum / this.rounds).toFixed(2).padStart(6)}  ${name}`);
    return [
      `Means over ${this.rounds} rounds (ms; nested phases are counted in their parents too):`,
      ...top(this.phases, 24),
      'JS self time:',
      ...top(this.selfJs, 30),
      'JS total time of components and hooks (name:line of the unminified bundle):',
      ...top(this.totalJs, 30, (name) => /^([A-Z]|use[A-Z])/.test(name)),
      'JS total time:',
      ...top(this.totalJs, 50),
    ].join('\n');
  }
}

function add(into: Map<string, number>, name: string, ms: number) {
  into.set(name, (into.get(name) ?? 0) + ms);
}
