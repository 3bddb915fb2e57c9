// Attributes that become links or navigation targets accept only http(s) and relative URLs.
// Anything else (javascript:, data:, malformed) is refused with a console warning.

/** The URL resolved against the page, or undefined if it is not http(s). */
export function httpUrl(value: string): string | undefined {
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const warned = new Set<string>();

export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<ex-back-quiz>: ${message}`);
}
