/** Exit codes: scripts tell "fix your command" (1) from "fix or move your database" (2). */
export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_DATABASE = 2;
