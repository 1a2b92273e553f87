import * as encoding from 'lib0/encoding';

/** y-websocket frames written by hand, as a hostile or unusual client sends them. */

function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const syncStep1Frame = (stateVector: Uint8Array): Uint8Array => syncFrame(0, stateVector);
export const syncStep2Frame = (update: Uint8Array): Uint8Array => syncFrame(1, update);
export const updateFrame = (update: Uint8Array): Uint8Array => syncFrame(2, update);
