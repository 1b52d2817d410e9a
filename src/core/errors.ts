/**
 * The one error model of the hub. Every failure that crosses a part's boundary is an
 * `AgentOsError` with a stable code; `ERROR_CODES` maps each code to an HTTP status,
 * a JSON-RPC code and a CLI exit code, so every entrance renders it the same way.
 */
export const ERROR_CODES = {
  BAD_REQUEST: { http: 400, jsonRpc: -32602, exit: 2, fault: 'user' },
  INVALID_PACKAGE: { http: 422, jsonRpc: -32602, exit: 1, fault: 'developer' },
  UNAUTHENTICATED: { http: 401, jsonRpc: -32001, exit: 5, fault: 'user' },
  NOT_FOUND: { http: 404, jsonRpc: -32004, exit: 3, fault: 'user' },
  CONFLICT: { http: 409, jsonRpc: -32009, exit: 4, fault: 'user' },
  FORBIDDEN: { http: 403, jsonRpc: -32003, exit: 5, fault: 'user' },
  NOT_APPROVED: { http: 403, jsonRpc: -32003, exit: 5, fault: 'developer' },
  SANDBOX_ERROR: { http: 502, jsonRpc: -32010, exit: 6, fault: 'developer' },
  TIMEOUT: { http: 504, jsonRpc: -32011, exit: 7, fault: 'developer' },
  UNAVAILABLE: { http: 503, jsonRpc: -32012, exit: 8, fault: 'system' },
  PAYLOAD_TOO_LARGE: { http: 413, jsonRpc: -32602, exit: 2, fault: 'user' },
  RATE_LIMITED: { http: 429, jsonRpc: -32029, exit: 11, fault: 'user' },
  INSUFFICIENT_FUNDS: { http: 402, jsonRpc: -32020, exit: 9, fault: 'user' },
  CONFIRMATION_REQUIRED: { http: 428, jsonRpc: -32021, exit: 10, fault: 'user' },
  INTERNAL: { http: 500, jsonRpc: -32603, exit: 70, fault: 'system' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorDetails {
  /** The file, field or rule the problem is in, when there is one. */
  where?: string;
  /** What the person should do about it. */
  fix?: string;
  [key: string]: unknown;
}

export class AgentOsError extends Error {
  override readonly name = 'AgentOsError';
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = details;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].http;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }

  /** What happened, where, and what to do — the text a person reads. */
  render(): string {
    const parts = [this.message];
    if (this.details.where) parts.push(`  at ${this.details.where}`);
    if (this.details.fix) parts.push(`  fix: ${this.details.fix}`);
    return parts.join('\n');
  }

  toJSON(): { code: ErrorCode; message: string; details: ErrorDetails } {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/** Wraps anything thrown into an AgentOsError, keeping the original as the cause. */
export function toAgentOsError(error: unknown, code: ErrorCode = 'INTERNAL'): AgentOsError {
  if (error instanceof AgentOsError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AgentOsError(code, message, {}, { cause: error });
}
