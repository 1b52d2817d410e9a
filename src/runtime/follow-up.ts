/** What a card tap sends up: the user's words, and optionally one API of the same skill to run. */
export interface FollowUp {
  text: string;
  call?: { name: string; arguments: Record<string, unknown> };
}

/**
 * Reads `sendFollowUpMessage({ content: [{ type: 'text', text }, { type: 'api/call', data }] })`:
 * an `api/call` counts only after a text part (MINIPROGRAM-AI.md); anything else is ignored.
 */
export function readFollowUp(message: unknown): FollowUp | undefined {
  const content = (message as { content?: unknown })?.content;
  if (!Array.isArray(content)) return undefined;
  let text = '';
  let call: FollowUp['call'];
  for (const part of content as { type?: unknown; text?: unknown; data?: { name?: unknown; arguments?: unknown } }[]) {
    if (part?.type === 'text' && typeof part.text === 'string') text += part.text;
    else if (part?.type === 'api/call' && text && !call && typeof part.data?.name === 'string') {
      const args = part.data.arguments;
      call = { name: part.data.name, arguments: args && typeof args === 'object' && !Array.isArray(args) ? (args as Record<string, unknown>) : {} };
    }
  }
  if (!text) return undefined;
  return call ? { text, call } : { text };
}
