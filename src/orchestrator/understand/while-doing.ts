/**
 * What a person does while they ask for something (「坐轮渡的时候能顺便买点吃的喝的不」, "anything to
 * eat while I'm on the ferry?"): the doing names the service they will be at, the rest what they want
 * there. Undefined where the text says no such time.
 */
export interface WhileDoing {
  doing: string;
  wanted: string;
}

// 「坐轮渡的时候」「上课那会儿」「住店期间」: the doing is the words since the last break before the time word
const ZH = /([^，,。！？?!；;\s]{2,12}?)(?:的时候|的時候|那会儿|那會兒|期间|期間)/u;
// "while I'm at the movies", "when we're watching the film", "during the class"
const EN = /\b(?:while|when)\s+(?:i'?m|i am|we'?re|we are|i|we)\s+((?:at|watching|seeing|in|on|doing)\s+(?:the\s+|a\s+|my\s+|our\s+)?[a-z-]+(?:\s+[a-z-]+)?)|\bduring\s+((?:the|my|our|a)\s+[a-z-]+)/i;

export function whileDoing(text: string): WhileDoing | undefined {
  const zh = ZH.exec(text);
  const en = zh ? undefined : EN.exec(text);
  const match = zh ?? en;
  if (!match) return undefined;
  const doing = (match[1] ?? match[2] ?? '').replace(/^(?:在|等|去)/u, '').trim();
  const wanted = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').replace(/^[\s，,]+|[\s，,]+$/g, '').trim();
  return doing.length >= 2 && wanted ? { doing, wanted } : undefined;
}
