import type { z } from 'zod';
import type { Result } from './errors';

/**
 * A contract method: the schema its input must pass in the main process, and (as a phantom
 * type) what it returns. Declared once in `contract`; everything else is derived from it.
 */
export interface MethodSpec<Schema extends z.ZodType = z.ZodType, Output = unknown> {
  readonly input: Schema;
  /** Never set: carries the output type for `Output<K>`. */
  readonly output?: Output;
}

/** An event main pushes to every window; the payload type is phantom. */
export interface EventSpec<Payload = unknown> {
  readonly payload?: Payload;
}

/** `method(Schema).returns<T>()`: declares a method taking `Schema` and answering `T`. */
export function method<Schema extends z.ZodType>(input: Schema) {
  return {
    returns<Output>(): MethodSpec<Schema, Output> {
      return { input };
    },
  };
}

export function event<Payload>(): EventSpec<Payload> {
  return {};
}

export type MethodMap = Record<string, MethodSpec>;
export type EventMap = Record<string, EventSpec>;

/** What the caller sends (before parsing: e.g. optional fields may be missing). */
export type InputOf<M extends MethodMap, K extends keyof M> = z.input<M[K]['input']>;
/** What a handler receives (after parsing and defaults). */
export type ParsedInputOf<M extends MethodMap, K extends keyof M> = z.output<M[K]['input']>;
export type OutputOf<M extends MethodMap, K extends keyof M> =
  M[K] extends MethodSpec<z.ZodType, infer O> ? O : never;
export type PayloadOf<E extends EventMap, K extends keyof E> = NonNullable<E[K]['payload']>;

/** The API a window sees: one function per method, plus a typed event subscription. */
export type ApiOf<M extends MethodMap, E extends EventMap> = {
  readonly [K in keyof M]: (input: InputOf<M, K>) => Promise<Result<OutputOf<M, K>>>;
} & {
  /** Subscribes to a pushed event; returns the function that unsubscribes. */
  readonly on: <K extends keyof E & string>(
    event: K,
    listener: (payload: PayloadOf<E, K>) => void,
  ) => () => void;
};

const METHOD_CHANNEL_PREFIX = 'hindsight:';

/** The IPC channel of a method: one channel per method (`hindsight:meetings.create`). */
export function channelOf(methodName: string): string {
  return `${METHOD_CHANNEL_PREFIX}${methodName}`;
}

/** The method a channel carries (the inverse of `channelOf`), for transports that dispatch by name. */
export function methodNameOfChannel(channel: string): string {
  return channel.startsWith(METHOD_CHANNEL_PREFIX) ? channel.slice(METHOD_CHANNEL_PREFIX.length) : channel;
}

/** The IPC channel of a pushed event (`hindsight:event:meetingChanged`). */
export function eventChannelOf(eventName: string): string {
  return `hindsight:event:${eventName}`;
}
