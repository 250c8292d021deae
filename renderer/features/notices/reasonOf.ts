import type { ContractError } from '../../../shared/contract/errors';

/** A refusal's message as a sentence to go inside a notice's own: ended by its full stop. */
export const reasonOf = (error: ContractError) =>
  /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
