/** RFC 9457 problem details as the backend sends them (application/problem+json). */
export type Violation = { field: string; message: string };

export type ProblemDetails = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Stable machine code; business rules use their DOMAIN.md id (e.g. R-ARC-2). */
  code?: string;
  violations?: Violation[];
  /** The request's id (body `requestId`, else the X-Request-Id header): the user quotes it to support. */
  requestId?: string;
};

function isViolation(v: unknown): v is Violation {
  return typeof v === 'object' && v !== null && typeof (v as Violation).field === 'string' && typeof (v as Violation).message === 'string';
}

/**
 * Reads whatever came back into a problem; tolerates non-JSON or foreign bodies. `requestIdHeader`
 * is the response's X-Request-Id, used when the body does not carry `requestId` (e.g. a proxy's page).
 */
export function toProblem(status: number, body: unknown, statusText = '', requestIdHeader?: string | null): ProblemDetails {
  const header = requestIdHeader || undefined;
  if (typeof body === 'object' && body !== null) {
    const b = body as Record<string, unknown>;
    return {
      type: typeof b.type === 'string' ? b.type : undefined,
      title: typeof b.title === 'string' ? b.title : statusText || undefined,
      status: typeof b.status === 'number' ? b.status : status,
      detail: typeof b.detail === 'string' ? b.detail : undefined,
      instance: typeof b.instance === 'string' ? b.instance : undefined,
      code: typeof b.code === 'string' ? b.code : undefined,
      violations: Array.isArray(b.violations) ? b.violations.filter(isViolation) : undefined,
      ...withRequestId(typeof b.requestId === 'string' && b.requestId ? b.requestId : header),
    };
  }
  return {
    status,
    title: statusText || undefined,
    detail: typeof body === 'string' && body.length < 500 && body ? body : undefined,
    ...withRequestId(header),
  };
}

function withRequestId(requestId: string | undefined): { requestId?: string } {
  return requestId ? { requestId } : {};
}

/** An API call that did not succeed. `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  get violations(): Violation[] {
    return this.problem.violations ?? [];
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  /** The id support finds the request's log lines and trace by. */
  get requestId(): string | undefined {
    return this.problem.requestId;
  }

  static network(cause: unknown): ApiError {
    const e = new ApiError(0, { title: 'Network error', detail: cause instanceof Error ? cause.message : undefined });
    return e;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/**
 * The server names fields by JSON property path ("vin", "phones[0]", "owner.name");
 * form libraries use dotted paths ("phones.0").
 */
export function violationPathToFormPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/**
 * Splits violations into errors for known form fields and the rest (shown above the form).
 * `isKnownField` receives the dotted form path.
 */
export function violationsToFormErrors(
  violations: Violation[],
  isKnownField: (path: string) => boolean,
): { errors: Record<string, string>; unmatched: Violation[] } {
  const errors: Record<string, string> = {};
  const unmatched: Violation[] = [];
  for (const v of violations) {
    const path = violationPathToFormPath(v.field);
    if (path && isKnownField(path)) {
      errors[path] = errors[path] ? `${errors[path]}; ${v.message}` : v.message;
    } else {
      unmatched.push(v);
    }
  }
  return { errors, unmatched };
}

/** The request id of a failed API call, if the error is one and the server named it. */
export function requestIdOf(error: unknown): string | undefined {
  return isApiError(error) ? error.requestId : undefined;
}
