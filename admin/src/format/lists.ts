/** `a；b、c` or `a;b` typed by a person → a clean list. */
export function splitList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string'
    ? [
        ...new Set(
          value
            .split(/[;；、,，]/)
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ]
    : [];
}
