import type { ErrorCode, Issue } from '../../../shared/contract/errors';
import type { EventName, EventPayload, MethodName, Output, ParsedInput } from '../../../shared/contract';
import type { Store } from '../repos/store';
import type { DatabaseSession } from '../db/session';
import type { RoomHost, RoomHub } from '../room/roomHub';
import type { RoomBrowser } from '../room/roomBrowser';
import type { JoinedRoom } from '../join/joinedRoom';
import { changeRecorder, type ChangeRecorder } from './changes';

/**
 * What only the desktop shell can do (native dialogs, windows, the clipboard). Injected, so the
 * core never imports electron.
 */
export interface Host {
  /** Asks where to save; null when the person cancels. */
  chooseSavePath(options: {
    title: string;
    defaultName: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
  /** Asks for an existing database file to open; null when the person cancels. */
  chooseDatabaseFile(): Promise<string | null>;
  /**
   * Opens (or brings forward) the projector window showing this meeting. Optional: only the
   * desktop app and the end-to-end harness have windows; the CLI does not.
   */
  openProjector?(meetingId: string): Promise<void>;
  /**
   * Prints a standalone HTML document to PDF with Chromium, JavaScript off (Electron's
   * printToPDF in the app, Debian's Chromium in tests). Optional: a host without it (the CLI)
   * makes `report.exportPdf` answer a clear error; the CLI prints with `printHtmlToPdf` instead.
   */
  printToPdf?(html: string, options: { paper: 'A4' | 'Letter' }): Promise<Uint8Array>;
  /** Shows a file in the system's file manager (after an export). Optional, like printToPdf. */
  showItemInFolder?(filePath: string): Promise<void>;
  /**
   * Puts plain text on the system clipboard. Optional: the CLI has no clipboard to speak of,
   * so `actionItems.copyAsIssue` answers a clear error there.
   */
  writeClipboard?(text: string): Promise<void>;
  /**
   * Where a room listens (the LAN's address, or `--host`) and what it serves. Optional: without
   * it `room.open` answers a clear error.
   */
  room?: RoomHost;
  /** Hears the rooms on the network (mDNS) for "Join a room". Optional: without it the list is empty. */
  roomBrowser?: RoomBrowser;
}

export interface HandlerContext {
  /** The open database's repos; throws a `database-unavailable` error when there is none. */
  store(): Store;
  session: DatabaseSession;
  now(): number;
  newId(): string;
  /** Identifies this device in `createdBy`, so merged bundles show who created what. */
  deviceId(): string;
  /** Queues an event; the core sends it only after the handler has returned (and so committed). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  host: Host;
  examplesDir: string;
  /**
   * Files this core wrote at the person's request in this session: the only ones it will reveal
   * in a file manager, so the renderer cannot use "show in folder" to probe the disk.
   */
  exportedFiles: Set<string>;
  /** The room: at most one open, for one meeting (electron/core/room). */
  room: RoomHub;
  /** The room this app joined as a note-taker, if any (electron/core/join). */
  joined: JoinedRoom;
}

/** A failure a handler reports on purpose; anything else thrown is an `internal` error. */
export class HandlerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

export type Handler<K extends MethodName> = (
  input: ParsedInput<K>,
  context: HandlerContext,
) => Output<K> | Promise<Output<K>>;

/** One handler per contract method: a missing or misspelt one is a compile error in createCore. */
export type Handlers = { [K in MethodName]: Handler<K> };

/**
 * Runs one mutation in one transaction, then announces what it changed (the records, see
 * changes.ts). The event is queued only after the transaction has committed, so "saved" in a
 * window always means committed.
 */
export function commitChange<T>(
  context: HandlerContext,
  work: (store: Store, change: ChangeRecorder) => T,
): T {
  const store = context.store();
  const change = changeRecorder(store, context.now);
  const saved = store.transaction(() => work(store, change));
  const payload = change.payload();
  if (payload) context.emit('meetingChanged', payload);
  return saved;
}
