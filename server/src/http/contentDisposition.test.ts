import { describe, expect, it } from 'vitest';
import { asciiFileName } from '../export/exportFileName.js';
import { attachmentDisposition } from './contentDisposition.js';

describe('the attachment header', () => {
  it('gives an ASCII name and the UTF-8 name encoded by RFC 5987', () => {
    expect(attachmentDisposition('rapat-iat_laporan_id_2027-07-21.docx')).toBe(
      'attachment; filename="rapat-iat_laporan_id_2027-07-21.docx"; filename*=UTF-8\'\'rapat-iat_laporan_id_2027-07-21.docx',
    );
    expect(attachmentDisposition('пасар_report_en_2027-07-21.pdf')).toBe(
      'attachment; filename="rembuk_report_en_2027-07-21.pdf"; filename*=UTF-8\'\'%D0%BF%D0%B0%D1%81%D0%B0%D1%80_report_en_2027-07-21.pdf',
    );
    expect(attachmentDisposition("it's(1)*_report_en_2027-07-21.md")).toContain("filename*=UTF-8''it%27s%281%29%2A_report_en_2027-07-21.md");
  });

  it('keeps the ASCII letters of a mixed name', () => {
    expect(asciiFileName('rapat-ñusa-東京_laporan_both_2027-07-21.zip')).toBe('rapat-nusa_laporan_both_2027-07-21.zip');
  });
});
