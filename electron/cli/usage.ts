import type { CliCommand, OptionName } from './command';
import { EXIT_DATABASE, EXIT_OK, EXIT_USAGE } from './exitCodes';

/** How --help describes each option; every option in CLI_OPTIONS must have a line here. */
const OPTION_HELP: Record<OptionName, string> = {
  db: `--db PATH       Database file. Default: $HINDSIGHT_DB if set, otherwise the app's own
                  database, here: {database}`,
  json: '--json          Print JSON instead of a table.',
  'as-copy': '--as-copy       import: import under new ids, e.g. a meeting already in the library.',
  'dry-run': '--dry-run       merge: print what the merge would do and write nothing.',
  format: '--format FMT    The format to read or write (see each command).',
  out: `-o, --out FILE  Write FILE (replaced whole, never half-written); - is standard
                  output, as without --out.`,
  'skip-bad-rows': `--skip-bad-rows timeline import: add the readable rows and list the
                  others, instead of adding nothing.`,
  people: `--people MAP     timeline import: the role or team each person the source
                  names acts as, "Dana Kim=Database on-call,Sam=Incident
                  commander". Unmapped people are never written as actors.`,
  keyword: `--keyword WORDS timeline import: keep only rows holding one of these
                  comma-separated words.`,
  'repeated-hour': `--repeated-hour R timeline import: first or second, how to read each
                  time in the hour the clocks went back that the rows around
                  it do not place. Without it such an import adds nothing.`,
  title: `--title TEXT    actions add: the change to make (required). meeting set: the
                  meeting's title.`,
  owner: '--owner NAME    actions add: the one person or team who drives it.',
  due: `--due DATE      actions add: 2026-12-01, "in 2 weeks", "next friday",
                  "end of month"...`,
  type: `--type TYPE     actions add: preventative, detective, corrective, mitigation
                  or process-improvement. Default: from --question, else
                  corrective.`,
  measure: '--measure TEXT  actions add: how we will know it worked.',
  question: `--question Q    actions add: the question it answers: remediate, detect or
                  prevent.`,
  status: '--status STATUS actions add: open (default), in-progress, done or wont-do.',
  link: '--link URL      actions add: the item in your tracker.',
  paper: '--paper SIZE    export --format pdf: A4 (default) or Letter.',
  chromium: `--chromium PATH export --format pdf: the Chromium-based browser that prints
                  (Chromium, Chrome, Edge). Default: $HINDSIGHT_CHROMIUM, else
                  the first one installed.`,
  'incident-id': '--incident-id ID meeting set: the incident id, e.g. INC-2291.',
  zone: `--zone ZONE     meeting set: the IANA time zone times are read and shown in,
                  e.g. Europe/Berlin.`,
  started: '--started TIME  meeting set: when the incident started; none clears it.',
  detected: '--detected TIME meeting set: when it was detected; none clears it.',
  mitigated: '--mitigated TIME meeting set: when it was mitigated; none clears it.',
  resolved: '--resolved TIME meeting set: when it was resolved; none clears it.',
  summary: '--summary TEXT  meeting set: the executive summary the report opens with.',
  host: `--host ADDR     room: the interface to listen on. Default: this computer's
                  LAN address.`,
  port: '--port N        room: the port to listen on. Default: any free port.',
  help: '-h, --help      Show this help.',
  version: '-v, --version   Print the version.',
};

const COLUMN = 30;

function commandLines(command: CliCommand<unknown>): string {
  const [first, ...rest] = command.description.split('\n');
  const pad = ' '.repeat(COLUMN + 2);
  // A synopsis too long for one line continues, indented, on the next.
  const synopsis = command.synopsis.split('\n').join('\n      ');
  const head =
    synopsis.length < COLUMN ? `  ${synopsis.padEnd(COLUMN)}${first}` : `  ${synopsis}\n${pad}${first}`;
  return [head, ...rest.map((line) => `${pad}${line}`)].join('\n');
}

/** `--help`: every command, option and exit code, with the database this run would open. */
export function usage(commands: readonly CliCommand<unknown>[], defaultDatabase: string): string {
  return `Usage: hindsight [--db PATH] <command> [options]

Hindsight's meeting library from the command line: the same database, checks and
bundle format as the app.

Commands:
${commands.map(commandLines).join('\n')}
  help                          Show this help.

  MEETING is a meeting id, a unique prefix of one, or an incident id (e.g. INC-2291).

Options:
${Object.values(OPTION_HELP)
  .map((line) => `  ${line.replace('{database}', defaultDatabase)}`)
  .join('\n')}

Exit codes:
  ${EXIT_OK}  Success.
  ${EXIT_USAGE}  Bad usage or input: unknown command or option, missing argument, unreadable
     or invalid file or rows, unknown or ambiguous meeting, meeting already in the
     library, a value the checks refuse, no browser to print a PDF with.
  ${EXIT_DATABASE}  The database cannot be opened or used; the file is left as it was.
`;
}
