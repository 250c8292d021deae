import fs from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { ReadContext, SourceFile } from '../../../../../shared/domain/timeline/sources/types';

export const FIXTURES = path.resolve(__dirname, '../../../../fixtures/sources');

/** A fixture file as the reader gets it (name relative to the fixtures folder). */
export function fixture(name: string): SourceFile {
  return { name: path.basename(name), text: fs.readFileSync(path.join(FIXTURES, name), 'utf8') };
}

function filesUnder(folder: string, prefix = ''): { name: string; full: string }[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    const name = `${prefix}${entry.name}`;
    return entry.isDirectory() ? filesUnder(full, `${name}/`) : [{ name, full }];
  });
}

/** The Slack workspace fixture zipped as Slack's export is: a top folder of JSON files. */
export function slackWorkspaceZip(): Uint8Array {
  const folder = path.join(FIXTURES, 'slack-workspace');
  const entries = Object.fromEntries(
    filesUnder(folder).map(({ name, full }) => [`Hindsight Slack export Oct 25 2025 - Oct 26 2025/${name}`, strToU8(fs.readFileSync(full, 'utf8'))]),
  );
  return zipSync(entries);
}

/** The incident of every fixture: the orders DB outage of 25–26 October 2025 in Berlin (DST ended that night). */
export const BERLIN: ReadContext = {
  timeZone: 'Europe/Berlin',
  incidentStartAt: Date.UTC(2025, 9, 25, 21, 39),
  now: Date.UTC(2025, 10, 1),
};

export const iso = (at: number) => new Date(at).toISOString().replace('.000Z', 'Z');
