export const SCHEMATHESIS_VERSION: string;
/** Returns the path of the `st` command, installing schemathesis into `.cache/schemathesis-venv` when missing. */
export function ensureSchemathesis(root: string): Promise<string>;
