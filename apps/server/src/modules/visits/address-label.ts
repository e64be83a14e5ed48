/** "Lankforst 12 A": the address of a visit, never the resident. */
export function addressLabel(r: { street: string; houseNumber: number; addition: string }): string {
  return `${r.street} ${r.houseNumber}${r.addition ? ` ${r.addition}` : ''}`;
}
