/**
 * A new row's creation stamps: the clock's time, in milliseconds (not the database's microseconds), so a
 * createdAt cursor read back matches the stored value exactly.
 */
export const created = (now: Date) => ({ createdAt: now, updatedAt: now });
