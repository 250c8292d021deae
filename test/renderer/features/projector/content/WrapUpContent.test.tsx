import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { openProjector } from '../openProjector';

const lessons = (list: string) =>
  within(screen.getByRole('region', { name: list }))
    .queryAllByRole('listitem')
    .map((lesson) => lesson.textContent);

describe('WrapUpContent', () => {
  it('shows the lessons in their three lists', async () => {
    const { call, goTo } = await openProjector();
    await call('lessons.add', { kind: 'went-well', text: 'The rollback was one command' });
    await call('lessons.add', { kind: 'got-lucky', text: 'It happened outside the sale' });
    await call('lessons.add', { kind: 'went-well', text: 'Support spotted it first' });
    await goTo('wrap-up');
    expect(lessons('What went well')).toEqual(['The rollback was one command', 'Support spotted it first']);
    expect(lessons('What went wrong')).toEqual([]);
    expect(
      within(screen.getByRole('region', { name: 'What went wrong' })).getByText('Nothing yet.'),
    ).toBeInTheDocument();
    expect(lessons('Where we got lucky')).toEqual(['It happened outside the sale']);
  });
});
