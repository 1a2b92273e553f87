import { describe, expect, it } from 'vitest';
import { identifyingKinds } from './identifyingText.js';

describe('identifyingKinds', () => {
  it('finds a 16-digit NIK, with or without separators', () => {
    expect(identifyingKinds('NIK 5171012345678901 korban')).toEqual(['nik']);
    expect(identifyingKinds('5171 0123 4567 8901')).toEqual(['nik']);
  });

  it('finds Indonesian mobile numbers in local and international form', () => {
    expect(identifyingKinds('hubungi 081234567890')).toEqual(['phone']);
    expect(identifyingKinds('WA +62 812-3456-7890')).toEqual(['phone']);
  });

  it('finds email addresses', () => {
    expect(identifyingKinds('kirim ke nama@contoh.org')).toEqual(['email']);
  });

  it('leaves ordinary challenge text alone', () => {
    expect(identifyingKinds('Data korban tidak terpadu antar 3 dinas sejak 2019')).toEqual([]);
    expect(identifyingKinds('Anggaran Rp 250.000.000 untuk 12 desa')).toEqual([]);
  });
});
