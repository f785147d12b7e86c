import { describe, expect, it } from 'vitest';

import { amberFromSec, announcement, clockState } from '@/domain/timer';

const s = (sec: number) => sec * 1000;

describe('clockState', () => {
  it('has no clock without a limit', () => {
    expect(clockState(0, 0)).toEqual({ remainingSec: 0, overtimeSec: 0, phase: 'none' });
    expect(clockState(0, s(500))).toEqual({ remainingSec: 0, overtimeSec: 0, phase: 'none' });
    expect(clockState(Number.NaN, 10)).toEqual({ remainingSec: 0, overtimeSec: 0, phase: 'none' });
  });

  it('counts down in whole seconds, rounding up', () => {
    expect(clockState(120, 0)).toEqual({ remainingSec: 120, overtimeSec: 0, phase: 'normal' });
    expect(clockState(120, 1)).toEqual({ remainingSec: 120, overtimeSec: 0, phase: 'normal' });
    expect(clockState(120, 999)).toMatchObject({ remainingSec: 120 });
    expect(clockState(120, 1000)).toMatchObject({ remainingSec: 119 });
    expect(clockState(120, s(119) + 1)).toMatchObject({ remainingSec: 1, phase: 'red' });
  });

  it('treats negative or invalid elapsed time as none', () => {
    expect(clockState(60, -5000)).toMatchObject({ remainingSec: 60, phase: 'normal' });
    expect(clockState(60, Number.NaN)).toMatchObject({ remainingSec: 60, phase: 'normal' });
  });

  it.each([120, 180])('turns amber at exactly 60 s left and red at exactly 30 s left (%i s limit)', (limit) => {
    expect(clockState(limit, s(limit - 61))).toMatchObject({ remainingSec: 61, phase: 'normal' });
    expect(clockState(limit, s(limit - 61) + 1)).toMatchObject({ remainingSec: 61, phase: 'normal' });
    expect(clockState(limit, s(limit - 60))).toMatchObject({ remainingSec: 60, phase: 'amber' });
    expect(clockState(limit, s(limit - 31))).toMatchObject({ remainingSec: 31, phase: 'amber' });
    expect(clockState(limit, s(limit - 30))).toMatchObject({ remainingSec: 30, phase: 'red' });
    expect(clockState(limit, s(limit - 1))).toMatchObject({ remainingSec: 1, phase: 'red' });
  });

  it('turns amber at 45 s left for the one-minute limit', () => {
    expect(amberFromSec(60)).toBe(45);
    expect(amberFromSec(120)).toBe(60);
    expect(clockState(60, 0)).toMatchObject({ remainingSec: 60, phase: 'normal' });
    expect(clockState(60, s(14))).toMatchObject({ remainingSec: 46, phase: 'normal' });
    expect(clockState(60, s(15))).toMatchObject({ remainingSec: 45, phase: 'amber' });
    expect(clockState(60, s(29))).toMatchObject({ remainingSec: 31, phase: 'amber' });
    expect(clockState(60, s(30))).toMatchObject({ remainingSec: 30, phase: 'red' });
  });

  it('goes into overtime once the limit is reached, counting whole seconds past it', () => {
    expect(clockState(60, s(60) - 1)).toEqual({ remainingSec: 1, overtimeSec: 0, phase: 'red' });
    expect(clockState(60, s(60))).toEqual({ remainingSec: 0, overtimeSec: 0, phase: 'overtime' });
    expect(clockState(60, s(60) + 999)).toEqual({ remainingSec: 0, overtimeSec: 0, phase: 'overtime' });
    expect(clockState(60, s(61))).toEqual({ remainingSec: 0, overtimeSec: 1, phase: 'overtime' });
    expect(clockState(180, s(180 + 95) + 500)).toEqual({ remainingSec: 0, overtimeSec: 95, phase: 'overtime' });
  });
});

describe('announcement', () => {
  it('announces each step towards the end', () => {
    expect(announcement('normal', 'amber')).toBe('1 minute left');
    expect(announcement('amber', 'red')).toBe('30 seconds left');
    expect(announcement('red', 'overtime')).toBe('Time is up — you are now in overtime');
  });

  it('speaks the actual time left when given states', () => {
    expect(announcement(clockState(120, s(59)), clockState(120, s(60)))).toBe('1 minute left');
    expect(announcement(clockState(60, s(14)), clockState(60, s(15)))).toBe('45 seconds left');
    expect(announcement(clockState(120, s(89)), clockState(120, s(90)))).toBe('30 seconds left');
    // A clock resumed late skips amber: say what is really left.
    expect(announcement(clockState(120, s(10)), clockState(120, s(108)))).toBe('12 seconds left');
    expect(announcement(clockState(60, s(59)), clockState(60, s(65)))).toBe('Time is up — you are now in overtime');
  });

  it('says nothing when the phase stays or goes back', () => {
    expect(announcement('amber', 'amber')).toBeNull();
    expect(announcement(clockState(120, s(100)), clockState(120, s(101)))).toBeNull();
    expect(announcement('overtime', 'normal')).toBeNull();
    expect(announcement('red', 'none')).toBeNull();
    expect(announcement('none', 'normal')).toBeNull();
    expect(announcement(null, 'normal')).toBeNull();
  });

  it('announces the current phase on the first reading only when it is news', () => {
    expect(announcement(null, 'overtime')).toBe('Time is up — you are now in overtime');
    expect(announcement(null, clockState(120, s(100)))).toBe('20 seconds left');
  });
});
