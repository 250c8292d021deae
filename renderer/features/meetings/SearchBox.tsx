import type { Ref } from 'react';
import { Field } from '../../components/Field';
import { useApp } from '../../store/useApp';

/** Filters the library by title or incident id; the store debounces the query. */
export function SearchBox({ inputRef }: { inputRef: Ref<HTMLInputElement> }) {
  const searchText = useApp((state) => state.meetings.searchText);
  const setSearchText = useApp((state) => state.setSearchText);
  return (
    <div role="search" className="library__search">
      <Field label="Search by title or incident id">
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-keyshortcuts="/ Control+F Meta+F"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
        )}
      </Field>
    </div>
  );
}
