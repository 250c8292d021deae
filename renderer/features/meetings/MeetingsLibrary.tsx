import { useCallback, useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { COMMAND_KEY, Kbd } from '../../components/Kbd';
import { useApp } from '../../store/useApp';
import { ExamplesDialog } from '../library/ExamplesDialog';
import { ImportBundleButton } from '../library/ImportBundleButton';
import { ImportProblemDialog } from '../library/ImportProblemDialog';
import { EmptyLibrary } from './EmptyLibrary';
import { MeetingDialogs } from './MeetingDialogs';
import { MeetingList } from './MeetingList';
import { SearchBox } from './SearchBox';
import { useLibraryShortcuts } from './useLibraryShortcuts';

/**
 * The meetings library: the first screen, and where every meeting is found again. Back from the
 * follow-through or templates view, focus returns to the button that opened it, so a keyboard
 * user carries on where they were instead of at the top of the page.
 */
export function MeetingsLibrary({ returnedFrom = null }: { returnedFrom?: string | null }) {
  const loadMeetings = useApp((state) => state.loadMeetings);
  const loadExamples = useApp((state) => state.loadExamples);
  const openMeetingDialog = useApp((state) => state.openMeetingDialog);
  const setExamplesDialogOpen = useApp((state) => state.setExamplesDialogOpen);
  const openFollowThrough = useApp((state) => state.openFollowThrough);
  const openTemplates = useApp((state) => state.openTemplates);
  const loaded = useApp((state) => state.meetings.loaded);
  const error = useApp((state) => state.meetings.error);
  const count = useApp((state) => state.meetings.ids.length);
  const query = useApp((state) => state.meetings.query);
  const searching = useApp((state) => state.meetings.searchText !== '' || state.meetings.query !== '');
  const searchInput = useRef<HTMLInputElement>(null);
  const followThroughButton = useRef<HTMLButtonElement>(null);
  const templatesButton = useRef<HTMLButtonElement>(null);
  const joinButton = useRef<HTMLButtonElement>(null);
  const setJoinScreenOpen = useApp((state) => state.setJoinScreenOpen);
  const joined = useApp((state) => state.join.status !== null);

  useEffect(() => {
    if (returnedFrom === 'follow-through') followThroughButton.current?.focus();
    if (returnedFrom === 'templates') templatesButton.current?.focus();
    if (returnedFrom === 'join') joinButton.current?.focus();
  }, [returnedFrom]);

  useEffect(() => {
    void loadMeetings();
    void loadExamples();
  }, [loadMeetings, loadExamples]);

  const newMeeting = useCallback(() => openMeetingDialog({ kind: 'create' }), [openMeetingDialog]);
  const focusSearch = useCallback(() => searchInput.current?.focus(), []);
  useLibraryShortcuts({ newMeeting, focusSearch });

  const empty = loaded && !error && count === 0 && !searching;

  return (
    <section className="screen library" aria-labelledby="library-title">
      <header className="screen__header">
        <h1 id="library-title">Meetings</h1>
        {loaded ? (
          <div className="screen__actions">
            {empty ? null : (
              <>
                <Button variant="primary" aria-keyshortcuts="Control+N Meta+N" onClick={newMeeting}>
                  New meeting <Kbd>{`${COMMAND_KEY} N`}</Kbd>
                </Button>
                <ImportBundleButton />
                <Button onClick={() => setExamplesDialogOpen(true)}>Open an example…</Button>
                <Button ref={followThroughButton} onClick={openFollowThrough}>
                  All action items
                </Button>
                <Button ref={templatesButton} onClick={openTemplates}>
                  Agenda templates
                </Button>
              </>
            )}
            <Button ref={joinButton} onClick={() => setJoinScreenOpen(true)}>
              {joined ? 'Back to the room' : 'Join a room…'}
            </Button>
          </div>
        ) : null}
      </header>
      <ErrorMessage error={error} />
      {error ? <Button onClick={() => void loadMeetings()}>Try again</Button> : null}
      {!loaded ? <p className="muted">Loading meetings…</p> : null}
      {empty ? <EmptyLibrary /> : null}
      {loaded && !empty && !(error && count === 0) ? (
        <>
          <SearchBox inputRef={searchInput} />
          {count === 0 && query !== '' ? (
            <p className="library__no-match">No meetings match “{query}”.</p>
          ) : (
            <MeetingList />
          )}
          <p className="key-hints">
            Keys: <kbd>↑</kbd> <kbd>↓</kbd> move, <kbd>Enter</kbd> opens, <kbd>F2</kbd> renames,{' '}
            <kbd>Delete</kbd> deletes, <kbd>/</kbd> searches.
          </p>
        </>
      ) : null}
      <MeetingDialogs />
      <ImportProblemDialog />
      <ExamplesDialog />
    </section>
  );
}
