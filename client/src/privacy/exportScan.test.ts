import { describe, expect, it } from 'vitest';
import { scanExport } from './exportScan.js';

describe('scanExport', () => {
  it('lists the cards whose text or action fields look identifying, with their place', () => {
    const exported = {
      format: 'rembuk.event.v1',
      groups: [
        {
          name: 'NTT',
          challenges: [{ text: 'Perekrutan lewat agen' }, { text: 'Hubungi 0812-3456-7890 untuk info' }],
          actions: [{ text: 'Bentuk forum', responsibleOrg: 'Dinas', partners: 'kontak@lsm.or.id', firstStep: '' }],
        },
        { name: 'Jawa', challenges: [{ text: 'NIK 3201234567890123 dibawa agen' }], actions: [] },
      ],
    };
    expect(scanExport(exported)).toEqual([
      { groupName: 'NTT', kind: 'challenge', number: 2, excerpt: 'Hubungi 0812-3456-7890 untuk info', kinds: ['phone'] },
      { groupName: 'NTT', kind: 'action', number: 1, excerpt: 'Bentuk forum · Dinas · kontak@lsm.or.id', kinds: ['email'] },
      { groupName: 'Jawa', kind: 'challenge', number: 1, excerpt: 'NIK 3201234567890123 dibawa agen', kinds: ['nik'] },
    ]);
  });

  it('finds nothing in a clean or unexpected export', () => {
    expect(scanExport({ groups: [{ name: 'Bali', challenges: [{ text: 'Data korban tidak terpadu' }] }] })).toEqual([]);
    expect(scanExport(null)).toEqual([]);
    expect(scanExport({ groups: 'no' })).toEqual([]);
  });
});
