import { afterEach, describe, expect, it } from 'vitest';
import type { EventId, JoinCode } from '@rembuk/shared';
import type { EventOutcomes } from './eventOutcomes.js';
import { ExportWorker } from './ExportWorker.js';

const outcomes: EventOutcomes = {
  event: {
    id: 'evt0000000000001' as EventId, title: 'Rapat di pekerja', date: '2027-07-21', place: 'Kupang', timeZone: 'WITA', language: 'id',
    categories: [], groups: [], joinCode: 'AAAA-BBBB' as JoinCode, organizerKeyHash: '', ticketSecret: '',
    settings: { allowReadingOtherGroups: false, voteBudget: { perParticipant: 5, perCard: 3 }, purgeAfterDays: 30 },
    createdAt: '', purgeAt: '',
  },
  generatedAt: new Date('2027-07-21T05:30:00Z'),
  includesNotForScreen: false,
  groups: [],
};

describe('the export worker', () => {
  let worker: ExportWorker;
  afterEach(() => worker.close());

  it('renders text and binary formats on its thread, several at once', async () => {
    worker = new ExportWorker();
    const [md, docx] = await Promise.all([
      worker.render('md', outcomes, { language: 'id' }),
      worker.render('docx', outcomes, { language: 'en' }),
    ]);
    expect(md.contentType).toBe('text/markdown; charset=utf-8');
    expect(md.body).toContain('# Rapat di pekerja');
    expect(Buffer.isBuffer(docx.body)).toBe(true);
    expect((docx.body as Buffer).subarray(0, 2).toString('latin1')).toBe('PK');
    // Starting a worker compiles the export modules from TypeScript here: slow on a busy machine.
  }, 60_000);

  it('refuses work once closed', async () => {
    worker = new ExportWorker();
    await worker.close();
    await expect(worker.render('md', outcomes, { language: 'id' })).rejects.toThrow(/closed/);
  });
});
