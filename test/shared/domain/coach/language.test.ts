import { describe, expect, it } from 'vitest';
import { checkLanguage, type LanguageCategory } from '../../../../shared/domain/coach/language';

const participantNames = ['Dave Morgan', 'Kim Nguyen', 'Will Turner', 'Mark Otieno', 'Yann Pelletier'];
const categories = (text: string, context = {}) =>
  checkLanguage(text, { participantNames, ...context }).map((finding) => finding.category);

describe('checkLanguage', () => {
  it.each<[string, LanguageCategory]>([
    ['Dave pushed the wrong config to production.', 'person-as-cause'],
    ["It's Kim's fault that the cache was purged.", 'person-as-cause'],
    ["The outage happened thanks to Bob's change to the retry policy.", 'person-as-cause'],
    ['@sam broke checkout with the last deploy.', 'person-as-cause'],
    ['The root cause was human error.', 'human-error'],
    ['This was a classic PEBKAC.', 'human-error'],
    ['It came down to a mistake by the on-call engineer.', 'human-error'],
    ['The responder should have checked the dashboard.', 'counterfactual'],
    ['We failed to notice the disk filling up.', 'counterfactual'],
    ['If only we had rolled back sooner.', 'counterfactual'],
    ['Obviously the migration needed a lock timeout.', 'counterfactual'],
    ['That rollout was sloppy.', 'judgement'],
    ['Three hours of downtime for a typo!!!', 'judgement'],
    ['Who approved the change to the firewall rules?', 'why-who-question'],
    ['Why did you restart the primary?', 'why-who-question'],
  ])('finds “%s” to be %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it('gives the span and a reframing with each finding', () => {
    const text = 'At 14:02 Kim forgot to drain the node.';
    const [finding] = checkLanguage(text, { participantNames }).filter(
      (f) => f.category === 'counterfactual',
    );
    expect(finding).toMatchObject({
      span: 'forgot to',
      start: text.indexOf('forgot'),
      end: text.indexOf(' drain'),
    });
    expect(finding!.reframing).toMatch(/reasonable at the time/);
  });

  it('recognises a participant by full name, first name, surname and initials', () => {
    expect(categories('YP forgot to check which host he was on.')).toContain('person-as-cause');
    expect(categories('Pelletier ran the script against production instead of staging.')).toContain(
      'person-as-cause',
    );
    expect(categories('dave morgan deleted the wrong snapshot.')).toContain('person-as-cause');
  });

  it('leaves participants whose names are common words alone when the word is meant', () => {
    expect(categories('We will roll back if the canary fails; mark the alert as resolved.')).toEqual([]);
    expect(categories('Will the new alert page the storage team?')).toEqual([]);
    expect(categories('Mark the alert as resolved once the queue drains.')).toEqual([]);
    expect(categories('Will ignored the warning on the deploy page.')).toContain('person-as-cause');
  });

  it('keeps facts about people that blame nobody', () => {
    expect(categories('Dave rolled back the deploy at 14:05 and error rates dropped.')).toEqual([]);
    expect(categories("Thanks to Bob's quick rollback, the impact stayed under ten minutes.")).toEqual([]);
    expect(categories('@kim acknowledged the page within two minutes.')).toEqual([]);
  });

  it.each([
    'This was not a human error: the tooling accepted an invalid region.',
    'Rather than human error, we found two conflicting defaults.',
    'No one was careless here; the runbook pointed at the wrong cluster.',
    'Nobody was reckless.',
  ])('leaves the denial “%s” alone', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it.each([
    "The alert said 'human error' but the runbook step was ambiguous.",
    'The ticket title read "operator error on failover", which we corrected.',
    'The customer wrote “you were careless”.',
  ])('leaves the quoted words in “%s” alone', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it.each([
    'The retry should have backed off exponentially but used a fixed delay.',
    'The health check failed to detect the hung worker.',
    'The alert should have fired at 90 % disk usage.',
    'We could have rolled back at 14:05 instead of waiting.',
    'The dashboard uses lazy loading.',
    "Cassandra's sloppy quorum accepted the writes.",
    'The user error rate on the login page rose to 4 %.',
    'The API returned a user error (HTTP 422).',
  ])('treats the technical “%s” as a fact about a system', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it('flags a passive that is about people, and not one about a system', () => {
    expect(categories('It should have been caught in code review.')).toEqual(['counterfactual']);
    expect(categories('The breaker would have opened after five failures.')).toEqual([]);
  });

  it('flags “the root cause was” only when the meeting has no contributing factor', () => {
    const text = 'The root cause was the TTL rule matching /api paths.';
    expect(categories(text, { contributingFactors: 0 })).toEqual(['single-root-cause']);
    expect(categories(text, { contributingFactors: 2 })).toEqual([]);
    expect(categories(text)).toEqual([]);
  });

  it('keeps why-questions about systems and who-questions about owners', () => {
    expect(categories('Why did the alert not fire at 10,000 messages?')).toEqual([]);
    expect(categories('Who owns the payments runbook?')).toEqual([]);
    expect(categories('Why didn’t we page the network team?', { allowWhy: true })).toEqual([]);
  });

  it('finds each problem of a sentence that has several, in reading order', () => {
    const findings = checkLanguage('YP forgot to check which host he was on, which was human error.', {
      participantNames,
    });
    expect(findings.map((finding) => finding.category)).toEqual([
      'person-as-cause',
      'counterfactual',
      'human-error',
    ]);
    expect(findings.map((finding) => finding.span)).toEqual(['YP forgot', 'forgot to', 'human error']);
  });

  it('answers quickly and without findings for empty, huge or strange input', () => {
    expect(checkLanguage('')).toEqual([]);
    expect(checkLanguage('   \n\n')).toEqual([]);
    const huge = 'The cache was purged at 14:02 by the deploy job. '.repeat(2_000);
    expect(checkLanguage(huge, { participantNames })).toEqual([]);
    expect(checkLanguage("(((( [[[ \"''‘ @@@ !? \u0000", { participantNames: ['(', '[', '*'] })).toEqual([]);
  });
});
