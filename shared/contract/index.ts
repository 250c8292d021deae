import { event, type ApiOf, type InputOf, type OutputOf, type ParsedInputOf, type PayloadOf } from './define';
import { meetingMethods } from './meetings';
import { participantMethods } from './participants';
import { agendaMethods } from './agenda';
import { liveMethods } from './live';
import { timelineMethods } from './timeline';
import { discussionMethods } from './discussion';
import { actionItemMethods } from './actionItems';
import { parkingLotMethods } from './parkingLot';
import { libraryMethods } from './library';
import { databaseMethods } from './database';
import { reportMethods } from './report';
import { mergeMethods } from './merge';
import { templateMethods } from './templates';
import { roomMethods } from './room';
import { coachMethods } from './coach';
import { joinMethods } from './join';
import type { CommandId } from '../commands';
import type { MeetingChange } from './changes';

/**
 * The contract: every call a window can make, each with the schema its input must pass in the
 * main process and the type it answers. The preload, the main-process registration, the
 * renderer client and the test bridge are all derived from this object.
 */
export const contract = {
  ...meetingMethods,
  ...participantMethods,
  ...agendaMethods,
  ...liveMethods,
  ...timelineMethods,
  ...discussionMethods,
  ...actionItemMethods,
  ...parkingLotMethods,
  ...libraryMethods,
  ...databaseMethods,
  ...reportMethods,
  ...mergeMethods,
  ...templateMethods,
  ...roomMethods,
  ...coachMethods,
  ...joinMethods,
};

/** A console command chosen from the native menu (the digit's step for `agenda.jump`). */
export interface MenuCommandChoice {
  id: CommandId;
  stepNumber?: number;
}

/** Everything main pushes to windows. Data events are emitted only after the change is committed. */
export const events = {
  /**
   * A meeting or its records changed (also on create, delete and import), carrying what changed
   * (see `MeetingChange` in changes.ts): windows apply it instead of reloading the meeting.
   */
  meetingChanged: event<MeetingChange>(),
  /** A different database file is now open (after recovery): reload everything. */
  databaseChanged: event<Record<string, never>>(),
  /** The room opened, closed, or someone joined or left it: the console reads `room.status`. */
  roomChanged: event<{ open: boolean }>(),
  /** The room this app joined changed: connected or not, what waits; the view reads `join.status`. */
  joinChanged: event<{ joined: boolean }>(),
  /**
   * The person chose a console command from the application menu. Sent by electron/main/menu.ts
   * to the focused window only, never by the core: it is an intent, not a change.
   */
  menuCommandChosen: event<MenuCommandChoice>(),
};

export type Contract = typeof contract;
export type Events = typeof events;
export type MethodName = keyof Contract & string;
export type EventName = keyof Events & string;
export type Input<K extends MethodName> = InputOf<Contract, K>;
export type ParsedInput<K extends MethodName> = ParsedInputOf<Contract, K>;
export type Output<K extends MethodName> = OutputOf<Contract, K>;
export type EventPayload<E extends EventName> = PayloadOf<Events, E>;

/** What `window.hindsight` is: one function per method, plus `on(event, listener)`. */
export type HindsightApi = ApiOf<Contract, Events>;

export const methodNames = Object.keys(contract) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
