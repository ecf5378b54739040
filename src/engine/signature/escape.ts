/**
 * HTML escaping for text that goes into mail HTML. Every signature field comes from the clerk's
 * settings or the policy file, so it is treated as untrusted (contract § 8).
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c]);
}
