import { describe, expect, it } from 'vitest';
import { createRandom } from '../../gateway/src/seed/random';

describe('demo identifiers', () => {
  it('draw the same sequence and valid version-4 UUIDs from the same seed', () => {
    const draw = () => {
      const random = createRandom('people');
      return [random.uuid(), random.int(1, 6), random.pick(['甲', '乙', '丙']), random.uuid()];
    };
    const [a, b] = [draw(), draw()];
    expect(a).toEqual(b);
    expect(a[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(createRandom('cases').uuid()).not.toBe(a[0]);
  });
});
