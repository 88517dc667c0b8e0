/** The part of the WHATWG TextDecoder we use: the core is type-checked without DOM or Node types. */
interface StrictDecoder {
  decode(bytes: Uint8Array): string;
}
type DecoderConstructor = new (
  label: string,
  options: { fatal: boolean; ignoreBOM: boolean },
) => StrictDecoder;

/** Decodes UTF-8, or returns null when the bytes are not valid UTF-8. A leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const Decoder = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;
  try {
    return new Decoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
