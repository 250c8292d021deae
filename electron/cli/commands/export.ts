import path from 'node:path';
import type { Paper } from '../../../shared/domain/report/reportCss';
import { renderReportHtml } from '../../../shared/domain/report/toHtml';
import { renderReportMarkdown } from '../../../shared/domain/report/toMarkdown';
import { exportBundleText } from '../../core/bundles';
import { ChromiumError, findChromium, printHtmlToPdf } from '../../core/export/printHtmlToPdf';
import { CliError, defineCommand, type CommandContext } from '../command';
import type { CoachState } from '../../../shared/domain/coach/reflectionAspects';
import { call, coreWork, findMeeting, meetingRecords } from '../contract';
import { isOneOf, meetingName } from '../format';
import { writeOutput } from '../output';
import type { CliIo } from '../runCli';

const FORMATS = ['json', 'md', 'pdf'] as const;
type ExportFormat = (typeof FORMATS)[number];
const PAPERS: readonly Paper[] = ['A4', 'Letter'];

/** What `prepare` settles before the database is opened: the format, and for PDF its paper and browser. */
type ExportPlan = { format: 'json' } | { format: 'md' } | { format: 'pdf'; paper: Paper; chromium: string };

function paperOf(value: string | undefined): Paper {
  const paper = PAPERS.find((candidate) => candidate.toLowerCase() === (value ?? 'A4').toLowerCase());
  if (!paper) throw new CliError(`unsupported paper “${value}” (supported: ${PAPERS.join(', ')}).`);
  return paper;
}

/** The browser that prints: --chromium, else $HINDSIGHT_CHROMIUM, else the first one installed. */
function chromiumOf(named: string | undefined, io: CliIo): string {
  try {
    return findChromium(named === undefined ? undefined : path.resolve(io.cwd, named));
  } catch (error) {
    if (error instanceof ChromiumError) throw new CliError(error.message);
    throw error;
  }
}

async function writePdf(
  context: CommandContext,
  out: string,
  html: string,
  chromium: string,
): Promise<string> {
  const target = path.resolve(context.cwd, out);
  try {
    await printHtmlToPdf(html, target, { chromiumPath: chromium });
  } catch (error) {
    if (error instanceof ChromiumError) throw new CliError(error.message);
    throw new CliError(`Cannot write ${target}: ${(error as Error).message}`);
  }
  return target;
}

/**
 * `export`: the meeting's bundle (the bytes the app's export writes), or its report as Markdown
 * (the app's bytes too) or as a PDF printed by headless Chromium from the same HTML the app prints.
 */
export const exportCommand = defineCommand({
  words: ['export'],
  operands: ['MEETING'],
  options: ['format', 'out', 'paper', 'chromium'],
  synopsis: 'export MEETING [--format json|md|pdf] [--out FILE] [--paper A4|Letter]\n[--chromium PATH]',
  description:
    "json (default): the meeting's bundle. md: its report\n" +
    'as Markdown. pdf: its report printed by a Chromium-\n' +
    'based browser (see --chromium); needs --out FILE.',
  prepare({ values, io }): ExportPlan {
    const format = values.format ?? 'json';
    if (!isOneOf<ExportFormat>(FORMATS, format)) {
      throw new CliError(`unsupported format “${format}” (supported: ${FORMATS.join(', ')}).`);
    }
    if (format !== 'pdf') {
      if (values.paper !== undefined || values.chromium !== undefined) {
        throw new CliError('--paper and --chromium apply to --format pdf only.');
      }
      return { format };
    }
    if (values.out === undefined || values.out === '-') {
      throw new CliError('a PDF is a binary file: add --out FILE.pdf.');
    }
    // The browser is found before the database is opened: a missing one changes nothing.
    return {
      format,
      paper: paperOf(values.paper),
      chromium: chromiumOf(values.chromium ?? io.env.HINDSIGHT_CHROMIUM, io),
    };
  },
  async run(context, { operands, values, prepared: plan }) {
    const summary = await findMeeting(context, operands[0]!);
    if (plan.format === 'json') {
      const text = coreWork(() => exportBundleText(context.core.session.store(), summary.id).text);
      writeOutput(context, values.out, text, (target) => `Exported “${summary.title}” to ${target}.`);
      return;
    }
    const records = await meetingRecords(context, summary);
    // The reflection lands in the report as in the app's export.
    const coach = await call<CoachState>(context.core, 'coach.get', { meetingId: summary.id });
    if (plan.format === 'md') {
      writeOutput(
        context,
        values.out,
        renderReportMarkdown(records, coach),
        (target) => `Exported the report of ${meetingName(summary)} to ${target}.`,
      );
      return;
    }
    const html = renderReportHtml(records, { paper: plan.paper }, coach);
    const target = await writePdf(context, values.out!, html, plan.chromium);
    context.stdout(`Exported the report of ${meetingName(summary)} as PDF (${plan.paper}) to ${target}.\n`);
  },
});
