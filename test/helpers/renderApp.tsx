import { EventEmitter } from 'node:events';
import path from 'node:path';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { EventName, EventPayload, HindsightApi } from '../../shared/contract';
import { eventChannelOf } from '../../shared/contract/define';
import type { Meeting } from '../../shared/types';
import type { ClockFormat } from '../../shared/domain/format/clock';
import type { CoreOptions } from '../../electron/core/createCore';
import { App } from '../../renderer/App';
import { StoreProvider } from '../../renderer/store/StoreProvider';
import { inProcessBridge } from './inProcessBridge';
import { tempDir } from './tempDb';
import { testCore, value } from './testCore';

/**
 * The whole renderer over a real core (a real SQLite file in a temp folder), through the same
 * bridge code the preload uses. `wrapApi` exists for the one kind of test that needs a fake:
 * an error a real core cannot produce (a transport failure).
 */
export async function renderApp(
  options: {
    core?: Partial<CoreOptions>;
    wrapApi?: (api: HindsightApi) => HindsightApi;
    /**
     * The computer's 12/24-hour clock. Node's locale here is en-US (12-hour); the tests name a
     * 24-hour computer unless they are about the clock, so times read as the log's own.
     */
    systemClock?: ClockFormat;
  } = {},
) {
  const { core, dialogs } = await testCore(options.core);
  const fromMain = new EventEmitter();
  const realApi = inProcessBridge(core, fromMain);
  const api = options.wrapApi ? options.wrapApi(realApi) : realApi;
  const user = userEvent.setup();
  const app = () => (
    <StoreProvider api={api} systemClock={options.systemClock ?? '24h'}>
      <App />
    </StoreProvider>
  );
  const view = render(app());
  let shown = view;
  /** A window reload: the page and its store go, a new one starts over the same core. */
  function reload(): void {
    shown.unmount();
    shown = render(app());
  }
  /** Plays electron/main sending this window an event of its own (a menu command). */
  function sendFromMain<E extends EventName>(event: E, payload: EventPayload<E>): void {
    fromMain.emit(eventChannelOf(event), payload);
  }
  return { core, dialogs, api, user, sendFromMain, reload, ...view };
}

/**
 * A folder of example bundles written by a real core's "Export bundle", standing in for
 * resources/examples so these tests do not depend on the shipped files' content.
 */
export async function exampleBundlesDir(titles: readonly string[]): Promise<string> {
  const dir = tempDir('hindsight-examples-');
  const { core, dialogs } = await testCore();
  for (const [index, title] of titles.entries()) {
    const meeting = await value<Meeting>(core, 'meetings.create', {
      title,
      incidentId: `EX-${index + 1}`,
      severity: 'SEV-2',
      summary: `What happened in “${title}”. More details follow.`,
    });
    dialogs.savePaths.push(path.join(dir, `example-${index + 1}.json`));
    await value(core, 'bundle.exportToFile', { meetingId: meeting.id });
  }
  return dir;
}
