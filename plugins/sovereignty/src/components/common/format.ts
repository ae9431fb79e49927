/** 0.4567 -> "46 %" */
export function percent(share: number | undefined): string {
  return share === undefined ? '–' : `${Math.round(share * 100)} %`;
}

/** A date and time in the reader's locale, or a dash. */
export function dateTime(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleString() : '–';
}
