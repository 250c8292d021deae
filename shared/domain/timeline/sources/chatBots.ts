/**
 * Who in a pasted chat is a program, not a person: an integration posting alerts or a bot. Such a
 * sender is no one to map to a role (the blameless rule is about people); its name stays with the
 * words, as the Slack export reader keeps a bot's name.
 * - Slack and Teams mark apps after the name when the window is copied: `PagerDuty APP`, `Jira BOT`.
 * - Names that say so as a word: `deploy-bot`, `bot_sre`, `Grafana Bot`, `AlertBot` (not `Talbot`).
 * - The integrations incident channels carry (lowercase, spaces and dashes ignored).
 */
const MARKED = /\s+(APP|BOT)$/;
const SAYS_BOT = /(^|[\s_-])bot([\s_-]|$)/i;
const CAMEL_BOT = /\p{Ll}Bot$/u;
const INTEGRATIONS = new Set([
  'alertmanager',
  'datadog',
  'github',
  'gitlab',
  'grafana',
  'incidentio',
  'jira',
  'newrelic',
  'opsgenie',
  'pagerduty',
  'prometheus',
  'sentry',
  'splunk',
  'statuspage',
  'victorops',
]);

/** The sender's name without its app mark, and whether it is a bot. */
export function chatSender(name: string): { name: string; bot: boolean } {
  const marked = MARKED.exec(name);
  if (marked) return { name: name.slice(0, marked.index).trim(), bot: true };
  const bare = name.toLowerCase().replace(/[\s._-]+/g, '');
  return { name, bot: SAYS_BOT.test(name) || CAMEL_BOT.test(name) || INTEGRATIONS.has(bare) };
}
