/** A resident identity number with a valid GB 11643 check digit. */
export function nationalId(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body17 + '10X98765432'[sum % 11]!;
}

/** The same number with a wrong check digit, which the API refuses. */
export function withWrongCheckDigit(id: string): string {
  return `${id.slice(0, 17)}${id.endsWith('1') ? '2' : '1'}`;
}

/** A calendar day in Beijing, `days` from today. */
export function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
