import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';

import { lazySchema } from '@/domain/schema';

describe('lazySchema', () => {
  it('builds the schema on first use, once, and then behaves as the schema itself', () => {
    const build = vi.fn(() => z.object({ name: z.string().check(z.minLength(1)) }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();

    expect(schema.safeParse({ name: 'Ada' })).toEqual({ success: true, data: { name: 'Ada' } });
    const failed = schema.safeParse({ name: '' });
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.path).toEqual(['name']);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('works nested in other schemas, lazy or not, and checks like the schema it stands for', () => {
    const part = lazySchema(() => z.object({ score: z.int().check(z.minimum(0)) }));
    const whole = lazySchema(() => z.object({ parts: z.array(part), best: z.optional(part) }));
    expect(whole.safeParse({ parts: [{ score: 2 }], best: { score: 3 } }).success).toBe(true);
    const failed = whole.safeParse({ parts: [{ score: -1 }] });
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.path).toEqual(['parts', 0, 'score']);
    // A plain schema built around a lazy one reads it at once: still the same checks.
    const eager = z.object({ part });
    expect(eager.safeParse({ part: { score: 1 } }).success).toBe(true);
    expect(eager.safeParse({ part: { score: 1.5 } }).success).toBe(false);
  });

  it('answers reflection as the built schema does', () => {
    const real = z.object({ a: z.string() });
    const schema = lazySchema(() => real);
    expect(Object.keys(schema)).toEqual(Object.keys(real));
    expect(Object.getPrototypeOf(schema)).toBe(Object.getPrototypeOf(real));
    expect('_zod' in schema).toBe(true);
    // zod's own property is not configurable: reporting it from the proxy must not break the proxy's rules.
    expect(Object.getOwnPropertyDescriptor(schema, '_zod')?.value).toBe(real._zod);
    expect(Object.getOwnPropertyNames(schema)).toEqual(Object.getOwnPropertyNames(real));
  });
});
