import type { FormEvent, KeyboardEvent } from 'react';

/** Input types whose Enter submits their form (HTML's implicit submission); not buttons or boxes. */
const TYPED_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number', 'date', 'time']);

/** A capture form's submit (its button, or an Enter `saveOnEnter` left to the browser): `save`. */
export function saveOnSubmit(event: FormEvent<HTMLFormElement>, save: () => void): void {
  event.preventDefault();
  save();
}

/**
 * A capture form's keydown: Enter in one of its text fields runs `save` in the keydown itself
 * (issue #16). Left to the browser, it became a keypress, a text input event, a click on the
 * form's default button, DOMActivate and at last the submit, each dispatched through React,
 * 0.7–0.8 ms of the keypress before the capture began, measured in Chromium. Enter with a
 * modifier, while an input method composes, or already handled (a choice list's Enter) is left
 * to the browser.
 */
export function saveOnEnter(event: KeyboardEvent<HTMLFormElement>, save: () => void): void {
  if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
  if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
  const field = event.target;
  if (!(field instanceof HTMLInputElement) || !TYPED_INPUTS.has(field.type)) return;
  event.preventDefault();
  save();
}
