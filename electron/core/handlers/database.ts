import { HandlerError, type Handlers } from './context';

type DatabaseHandlers = Pick<
  Handlers,
  'database.status' | 'database.moveAsideAndStartFresh' | 'database.openOther'
>;

/** Served even while the database is unavailable: they are how the person recovers. */
export const databaseHandlers: DatabaseHandlers = {
  'database.status': (_input, context) => context.session.status(),

  'database.moveAsideAndStartFresh': async (_input, context) => {
    if (context.session.status().state === 'open') {
      throw new HandlerError('conflict', 'The database is open and healthy; there is nothing to move aside.');
    }
    const moved = await context.session.moveAsideAndStartFresh();
    context.emit('databaseChanged', {});
    return moved;
  },

  'database.openOther': async (_input, context) => {
    const filePath = await context.host.chooseDatabaseFile();
    if (filePath === null) return null;
    const status = await context.session.open(filePath);
    // Only a switch changes what windows show; a refused file leaves the open database in place.
    if (context.session.status().path === filePath) context.emit('databaseChanged', {});
    return status;
  },
};
