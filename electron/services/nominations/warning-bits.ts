/** The SET clause of a write of the bits: open_bits is kept with them, as warning_bits & ~accepted_bits. */
export function setWarningBits(warningBits: string, acceptedBits = 'accepted_bits'): string {
  return `warning_bits = (${warningBits}), accepted_bits = (${acceptedBits}), open_bits = (${warningBits}) & ~(${acceptedBits})`;
}
