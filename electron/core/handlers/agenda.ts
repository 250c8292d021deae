import { orderedSteps } from '../../../shared/domain/agenda/walk';
import { orderProblem, sameOrder } from '../../../shared/domain/actionItems/rank';
import { commitChange, HandlerError, type Handlers } from './context';
import { liveMeeting } from './meetings';

/** The agenda methods beyond the generic add/update/remove/restore of records.ts. */
export const agendaHandlers: Pick<Handlers, 'agendaSteps.reorder'> = {
  'agendaSteps.reorder': (input, context) =>
    commitChange(
      context,
      (store) => {
        liveMeeting(context, input.meetingId);
        const table = store.tables.agenda;
        const current = orderedSteps(table.listWhere('meetingId', input.meetingId, false));
        const currentIds = current.map((step) => step.id);
        // Checked inside the transaction, so no other window can change the agenda in between.
        if (input.basedOn && !sameOrder(input.basedOn, currentIds)) {
          throw new HandlerError(
            'conflict',
            'Not saved: the agenda was changed in another window. It now shows the saved order; make the move again.',
          );
        }
        const problem = orderProblem(currentIds, input.orderedIds, 'agenda steps');
        if (problem) {
          // A duplicate or another meeting's step is a bad request; a missing step means the
          // order was built before a step was added or removed elsewhere.
          const foreign = input.orderedIds.some((id) => {
            const step = table.get(id);
            return step !== undefined && step.meetingId !== input.meetingId;
          });
          const duplicate = new Set(input.orderedIds).size !== input.orderedIds.length;
          const code = foreign || duplicate ? 'invalid-input' : 'conflict';
          throw new HandlerError(code, `Not saved: ${problem}`, [{ path: 'orderedIds', message: problem }]);
        }
        const now = context.now();
        const byId = new Map(current.map((step) => [step.id, step]));
        const saved = input.orderedIds.map((id, position) => {
          const step = byId.get(id)!;
          // Only moved steps get a new updated_at, so a merge keeps edits made to the others.
          return step.position === position ? step : table.update(id, { position, updatedAt: now });
        });
        store.touchMeeting(input.meetingId, now);
        return saved;
      },
      () => input.meetingId,
    ),
};
