import { describe, expect, it } from 'vitest';
import { findSharedActions, significantWords } from './sharedActions.js';

describe('shared actions', () => {
  it('compares significant words only: case, punctuation, connectives and short words do not count', () => {
    expect([...significantWords('Latih guru BK, dan kepala sekolah!')]).toEqual(['latih', 'guru', 'kepala', 'sekolah']);
  });

  it('groups steps of different regions that share at least half of their words, transitively', () => {
    const shared = findSharedActions([
      { region: 0, text: 'Sosialisasi migrasi aman di desa', votes: 1 },
      { region: 1, text: 'Sosialisasi migrasi aman ke desa-desa', votes: 3 },
      { region: 2, text: 'sosialisasi MIGRASI aman, desa', votes: 0 },
      { region: 1, text: 'Bentuk gugus tugas desa', votes: 5 },
    ]);
    expect(shared).toEqual([
      {
        text: 'Sosialisasi migrasi aman ke desa-desa',
        regions: [0, 1, 2],
        members: [
          { region: 0, text: 'Sosialisasi migrasi aman di desa', votes: 1 },
          { region: 1, text: 'Sosialisasi migrasi aman ke desa-desa', votes: 3 },
          { region: 2, text: 'sosialisasi MIGRASI aman, desa', votes: 0 },
        ],
      },
    ]);
  });

  it('does not count similar steps within one region, or steps with less than half their words in common', () => {
    expect(findSharedActions([
      { region: 0, text: 'Latih guru BK', votes: 0 },
      { region: 0, text: 'Latih guru BK tentang modus daring', votes: 0 },
      { region: 1, text: 'Latih polisi dan jaksa tentang penyidikan daring', votes: 0 },
    ])).toEqual([]);
  });
});
