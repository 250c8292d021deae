import { describe, expect, it } from 'vitest';
import { readImport } from '../../../../../shared/domain/timeline/sources/registry';
import { sourceFilesOf } from '../../../../../shared/domain/timeline/sources/sourceFiles';
import { BERLIN, fixture, iso, slackWorkspaceZip } from './fixtures';

function unpacked() {
  const source = sourceFilesOf('slack-export.zip', slackWorkspaceZip());
  if (!('files' in source)) throw new Error(source.message);
  return source.files;
}

describe('Slack export', () => {
  it('reads a workspace zip: the incident channel first, notices left out, bots from attachments, mentions named', () => {
    const reading = readImport(unpacked(), BERLIN);
    expect(reading.label).toBe('Slack workspace export, #inc-2041-orders-db');
    expect(reading.options.map((option) => option.reading)).toEqual(['slack:inc-2041-orders-db', 'slack:general']);
    expect(reading.total).toBe(13);
    expect(reading.errors).toEqual([]);
    expect(reading.candidates.map((row) => [iso(row.at), row.kind, row.person, row.description])).toEqual([
      ['2025-10-25T21:40:00Z', 'alert', null, 'PagerDuty: Triggered: #2041 Orders DB replication lag > 300s: Service: orders-db'],
      ['2025-10-25T21:42:05Z', 'other', 'Dana Kim', 'ack, looking at the replica dashboards'],
      ['2025-10-25T21:47:30Z', 'diagnosis', 'Dana Kim', '@Sami Okafor can you page the storage team? looks like the primary disk is full'],
      ['2025-10-25T21:48:00Z', 'other', 'Sami Okafor', '(in thread) on it'],
      ['2025-10-25T21:58:00Z', 'decision', 'Lee Park', 'Decision: we fail over to the replica in zone b'],
      ['2025-10-25T22:20:00Z', 'mitigation-attempt', 'Lee Park', 'failover done, writes going to the new primary'],
      ['2025-10-25T22:25:00Z', 'communication', 'Dana Kim', 'Posted an update on the status page (https://status.example.com/incidents/2041)'],
      ['2025-10-26T00:05:00Z', 'recovery', null, 'PagerDuty: Resolved #2041: Orders DB replication lag > 300s'],
      ['2025-10-26T00:06:00Z', 'other', 'Sami Okafor', 'thanks all'],
    ]);
    // Nobody's workspace id, and no person, ends up as an actor.
    expect(reading.candidates.every((row) => row.actor === '')).toBe(true);
  });

  it('marks reactions and pins, proposes acknowledgements as chatter, keeps a reference to each message', () => {
    const rows = readImport(unpacked(), BERLIN).candidates;
    expect(rows.filter((row) => row.marked).map((row) => row.line)).toEqual([6, 8]);
    expect(rows.filter((row) => row.chatter).map((row) => row.description)).toEqual(['(in thread) on it', 'thanks all']);
    // The workspace's address comes from a shared file's permalink; a reply's link names its thread.
    expect(rows[0]?.evidence).toBe('https://hindsight-demo.slack.com/archives/C07INC2041/p1761428400000100');
    expect(rows.find((row) => row.description === '(in thread) on it')?.evidence).toBe(
      'https://hindsight-demo.slack.com/archives/C07INC2041/p1761428880000400?thread_ts=1761428850.000300&cid=C07INC2041',
    );
  });

  it('reads another channel of the zip when picked, and loose day files without users.json', () => {
    const general = readImport(unpacked(), BERLIN, 'slack:general');
    expect(general.total).toBe(4);
    // A leave and a rename are notices, not events; a bot's words only in its blocks are its text.
    expect(general.candidates.map((row) => [row.person, row.description])).toEqual([
      ['Sami Okafor', 'anyone else seeing slow checkouts?'],
      [null, 'Statuspage: Investigating: checkout is slow for some customers Component: Checkout'],
    ]);
    const loose = readImport([fixture('slack-workspace/inc-2041-orders-db/2025-10-26.json')], BERLIN);
    expect(loose.label).toBe('Slack channel export');
    // Without users.json the name comes from the message's own profile, or stays the id: never an actor.
    expect(loose.candidates.map((row) => [row.person, row.actor])).toContainEqual(['U03LEE', '']);
    // No workspace address and no channel in a loose day file: a reference to search Slack with.
    expect(loose.candidates[0]?.evidence).toBe('Slack, message 1761430800.000600 at 2025-10-25 22:20:00 UTC');
  });

  it('keeps a message that only shares a file, by the file’s title, with a reference to find it again', () => {
    const day = {
      name: 'inc-2041/2025-10-26.json',
      text: JSON.stringify([
        {
          type: 'message',
          subtype: 'file_share',
          user: 'U1',
          text: '',
          ts: '1761471000.000100',
          files: [
            {
              title: 'Checkout p99 latency, 09:30',
              name: 'image.png',
              permalink: 'https://acme.slack.com/files/U1/F1/image.png',
            },
          ],
        },
      ]),
    };
    const [row] = readImport([day], BERLIN).candidates;
    expect(row).toMatchObject({ at: 1_761_471_000_000, description: 'Shared “Checkout p99 latency, 09:30”' });
    expect(row!.evidence).toMatch(/^https:\/\/acme\.slack\.com\/archives\/|Slack #inc-2041/);
  });

  it('reads Slack’s markup for groups, dates, mail and phone as people read it', () => {
    const text =
      '<!subteam^S0DBA|@db-oncall> and <!subteam^S0NET> paged; window <!date^1761472800^{date_short} {time}|Oct 26, 10:00 AM>; ' +
      'mail <mailto:dba@acme.example|dba@acme.example>, <mailto:sre@acme.example>, call <tel:+4930123|+49 30 123>';
    const day = {
      name: 'inc-2041/2025-10-26.json',
      text: JSON.stringify([{ type: 'message', user: 'U1', text, ts: '1761471000.000100' }]),
    };
    expect(readImport([day], BERLIN).candidates[0]!.description).toBe(
      '@db-oncall and @team paged; window Oct 26, 10:00 AM; mail dba@acme.example, sre@acme.example, call +49 30 123',
    );
  });

  it('refuses a zip that holds nothing readable, and one that unpacks past the import limit', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    expect(sourceFilesOf('x.zip', zipSync({ 'photo.png': new Uint8Array([1, 2, 3]) }))).toEqual({
      message: 'This zip holds no JSON, CSV or text files.',
    });
    const bomb = zipSync({ 'a/2025-10-25.json': strToU8(`[${' '.repeat(5_100_000)}]`) });
    expect(bomb.length).toBeLessThan(100_000);
    expect(sourceFilesOf('x.zip', bomb)).toEqual({
      message: "The zip unpacks to about 5.2 MB; an import reads at most 5 MB: export only the incident's channel and dates.",
    });
  });
});
