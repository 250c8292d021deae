import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportBaseName, writeFileAtomic } from '../../../electron/core/files';
import { tempDir } from '../../helpers/tempDb';

describe('writeFileAtomic', () => {
  it('replaces the content of an existing file and leaves only that file', () => {
    const folder = tempDir();
    const filePath = path.join(folder, 'report.json');
    fs.writeFileSync(filePath, 'old');
    writeFileAtomic(filePath, 'new ✓');
    expect(fs.readFileSync(filePath, 'utf8')).toBe('new ✓');
    expect(fs.readdirSync(folder)).toEqual(['report.json']);
  });

  it('throws and removes its temp file when the rename fails', () => {
    const folder = tempDir();
    fs.mkdirSync(path.join(folder, 'report.json'));
    expect(() => writeFileAtomic(path.join(folder, 'report.json'), 'new')).toThrow();
    expect(fs.readdirSync(folder)).toEqual(['report.json']);
  });

  it('throws without creating anything when the folder does not exist', () => {
    const folder = tempDir();
    expect(() => writeFileAtomic(path.join(folder, 'missing', 'report.json'), 'new')).toThrow(/ENOENT/);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

describe('reportBaseName', () => {
  const meeting = {
    title: 'Stale product data',
    incidentId: 'INC-123',
    startedAt: Date.UTC(2026, 2, 5, 23, 30),
    createdAt: Date.UTC(2026, 2, 9),
  };

  it('joins the UTC day the incident started, the incident id and the title', () => {
    expect(reportBaseName(meeting)).toBe('2026-03-05-INC-123-stale-product-data');
  });

  it('uses the creation day when the start is not known yet', () => {
    expect(reportBaseName({ ...meeting, startedAt: null })).toBe('2026-03-09-INC-123-stale-product-data');
  });

  it('keeps only characters that are safe in a file name on every OS', () => {
    expect(reportBaseName({ ...meeting, incidentId: 'INC/77', title: 'Ausfälle: "DNS" & Co?' })).toBe(
      '2026-03-05-INC-77-ausfalle-dns-co',
    );
  });

  it('leaves out an empty incident id instead of doubling the dash', () => {
    expect(reportBaseName({ ...meeting, incidentId: '' })).toBe('2026-03-05-stale-product-data');
  });
});
