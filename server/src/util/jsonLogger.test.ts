import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createJsonLogger } from './jsonLogger.js';

function capture(): { lines: () => Record<string, unknown>[]; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const lines = () => chunks.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { lines, stream };
}

describe('createJsonLogger', () => {
  it('writes one JSON object a line with level, ISO time, node and the request or connection id', () => {
    const { lines, stream } = capture();
    const logger = createJsonLogger({ nodeId: 'node-a', destination: stream });
    logger.info('listening');
    logger.child({ requestId: 'req-1' }).warn('slow');
    logger.child({ connectionId: 'conn-1' }).error('a vote failed', new Error('boom'));
    const [first, second, third] = lines();
    expect(first).toMatchObject({ level: 'info', node: 'node-a', msg: 'listening' });
    expect(new Date(String(first!.time)).toISOString()).toBe(first!.time);
    expect(second).toMatchObject({ level: 'warn', node: 'node-a', requestId: 'req-1', msg: 'slow' });
    expect(third).toMatchObject({ level: 'error', node: 'node-a', connectionId: 'conn-1', msg: 'a vote failed', error: 'boom' });
  });

  it('writes an error’s message only: no stack, and no driver detail that may quote stored values', () => {
    const { lines, stream } = capture();
    const logger = createJsonLogger({ nodeId: 'node-a', destination: stream });
    const error = Object.assign(new Error('duplicate key value violates unique constraint'), {
      detail: 'Key (join_code)=(K7QM3XPD) already exists.',
    });
    logger.error('request failed', error);
    const text = JSON.stringify(lines());
    expect(text).toContain('duplicate key value');
    expect(text).not.toContain('K7QM3XPD');
    expect(text).not.toContain('jsonLogger.test');
  });
});
