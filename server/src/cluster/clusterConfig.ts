import { hostname } from 'node:os';

/** Several nodes (issue 13): set when `REMBUK_DATABASE_URL` names a PostgreSQL database; null in single-node mode. */
export interface ClusterConfig {
  databaseUrl: string;
  /** This node's name in the owner table and in logs (`REMBUK_NODE_ID`; default the host name and port). */
  nodeId: string;
}

/** Read once at start-up (never at import time). */
export function readClusterConfig(env: NodeJS.ProcessEnv, port: number): ClusterConfig | null {
  const databaseUrl = env.REMBUK_DATABASE_URL;
  if (databaseUrl === undefined || databaseUrl === '') return null;
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('REMBUK_DATABASE_URL must be a postgres:// URL');
  const nodeId = env.REMBUK_NODE_ID || `${hostname()}:${port}`;
  if (!/^[A-Za-z0-9._:-]{1,64}$/.test(nodeId)) throw new Error(`REMBUK_NODE_ID must be 1–64 letters, digits or . _ : -, got "${nodeId}"`);
  return { databaseUrl, nodeId };
}
