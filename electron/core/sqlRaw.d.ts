// SQL files are imported as text (`?raw`): Vite does this natively, and electron/build/build.mjs
// gives esbuild the same rule, so migrations stay plain .sql files in every bundle.
declare module '*.sql?raw' {
  const sql: string;
  export default sql;
}
