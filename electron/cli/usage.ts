/** Exit codes: scripts tell "fix your command" (1) from "fix or move your database" (2). */
export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_DATABASE = 2;

/** The commands and the options each one takes (global options are allowed everywhere). */
export const COMMAND_OPTIONS = {
  list: ['json'],
  import: ['as-copy'],
  export: ['format', 'out'],
} as const;
export type CommandName = keyof typeof COMMAND_OPTIONS;
export const GLOBAL_OPTIONS = ['db', 'help', 'version'] as const;

/** `--help`: every command, option and exit code, with the database this run would open. */
export function usage(defaultDatabase: string): string {
  return `Usage: hindsight [--db PATH] <command> [options]

Hindsight's meeting library from the command line: the same database, checks and
bundle format as the app.

Commands:
  list [--json]                 List meetings, most recently changed first.
  import FILE.json [--as-copy]  Import a meeting bundle. Nothing is written unless the
                                whole bundle is valid; every problem is printed as
                                "path: message".
  export MEETING [--format json] [--out FILE]
                                Write a meeting's bundle to FILE, or to standard output.
  help                          Show this help.

  MEETING is a meeting id, a unique prefix of one, or an incident id (e.g. INC-2291).

Options:
  --db PATH       Database file. Default: $HINDSIGHT_DB if set, otherwise the app's own
                  database, here: ${defaultDatabase}
  --json          list: print JSON instead of a table.
  --as-copy       import: import under new ids, e.g. a meeting already in the library.
  --format json   export: the bundle format (json, the default, is the only one).
  -o, --out FILE  export: write FILE (replaced whole, never half-written); - is standard
                  output, as without --out.
  -h, --help      Show this help.
  -v, --version   Print the version.

Exit codes:
  ${EXIT_OK}  Success.
  ${EXIT_USAGE}  Bad usage or input: unknown command or option, missing argument, unreadable
     or invalid file, unknown or ambiguous meeting, meeting already in the library.
  ${EXIT_DATABASE}  The database cannot be opened or used; the file is left as it was.
`;
}
