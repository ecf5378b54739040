/** E-mail addresses inside free text. Linear: one character-class run on each side of the @. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export type FoundAddress = { address: string; start: number; end: number };

export function findAddresses(text: string, offset = 0): FoundAddress[] {
  const found: FoundAddress[] = [];
  EMAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMAIL.exec(text)) !== null) {
    const address = m[0].replace(/^[._%+-]+/, '').replace(/[.-]+$/, '');
    found.push({ address, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return found;
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
}

export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}
