/** What a capture says, as "your captures" lists it: its description, title or text. */
export const captureTextOf = (input: Record<string, unknown>) =>
  String(input.description ?? input.title ?? input.text ?? '');
